// Discord's hard limits (DESIGN.md, "Discord: facts and limits"). A reply over any of them is
// rejected outright, so render.ts fits every reply to them before sending.
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
} as const;
