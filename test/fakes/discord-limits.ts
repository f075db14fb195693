// Discord's hard limits on what a bot sends, checked the way Discord checks them. The fake
// Discord answers 400 to a body that breaks one; tests call assertFitsDiscordLimits on bodies.

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
  author: 256,
  actionRows: 5,
  componentsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function len(value: unknown): number {
  // Discord counts characters (code points), not UTF-16 units.
  return typeof value === 'string' ? [...value].length : 0;
}

function checkEmbed(embed: Json, at: string, problems: string[]): number {
  const over = (what: string, value: unknown, max: number): void => {
    if (len(value) > max) problems.push(`${at}.${what} is ${len(value)} characters (max ${max})`);
  };
  over('title', embed.title, LIMITS.title);
  over('description', embed.description, LIMITS.description);
  let total = len(embed.title) + len(embed.description);
  const footer = isObject(embed.footer) ? embed.footer : undefined;
  if (footer) {
    over('footer.text', footer.text, LIMITS.footer);
    total += len(footer.text);
  }
  const author = isObject(embed.author) ? embed.author : undefined;
  if (author) {
    over('author.name', author.name, LIMITS.author);
    total += len(author.name);
  }
  const fields = Array.isArray(embed.fields) ? embed.fields : [];
  if (fields.length > LIMITS.fields) problems.push(`${at} has ${fields.length} fields (max ${LIMITS.fields})`);
  fields.forEach((field: unknown, i) => {
    if (!isObject(field)) return;
    if (len(field.name) === 0) problems.push(`${at}.fields[${i}].name is empty`);
    if (len(field.value) === 0) problems.push(`${at}.fields[${i}].value is empty`);
    if (len(field.name) > LIMITS.fieldName) problems.push(`${at}.fields[${i}].name is ${len(field.name)} characters (max ${LIMITS.fieldName})`);
    if (len(field.value) > LIMITS.fieldValue) problems.push(`${at}.fields[${i}].value is ${len(field.value)} characters (max ${LIMITS.fieldValue})`);
    total += len(field.name) + len(field.value);
  });
  return total;
}

function checkComponents(components: unknown[], problems: string[]): void {
  if (components.length > LIMITS.actionRows) problems.push(`${components.length} action rows (max ${LIMITS.actionRows})`);
  components.forEach((row, r) => {
    if (!isObject(row) || !Array.isArray(row.components)) return;
    if (row.components.length > LIMITS.componentsPerRow) {
      problems.push(`components[${r}] has ${row.components.length} components (max ${LIMITS.componentsPerRow})`);
    }
    row.components.forEach((component: unknown, c) => {
      if (!isObject(component)) return;
      if (len(component.custom_id) > LIMITS.customId) problems.push(`components[${r}][${c}].custom_id is over ${LIMITS.customId}`);
      if (len(component.label) > LIMITS.buttonLabel) problems.push(`components[${r}][${c}].label is over ${LIMITS.buttonLabel}`);
    });
  });
}

/** Every limit a message body (content, embeds, components) breaks; empty when it fits. */
export function messageLimitViolations(body: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(body)) return ['body is not an object'];
  if (len(body.content) > LIMITS.content) problems.push(`content is ${len(body.content)} characters (max ${LIMITS.content})`);
  const embeds = Array.isArray(body.embeds) ? body.embeds : [];
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds (max ${LIMITS.embeds})`);
  let total = 0;
  embeds.forEach((embed: unknown, i) => {
    if (isObject(embed)) total += checkEmbed(embed, `embeds[${i}]`, problems);
  });
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} characters (max ${LIMITS.embedTotal})`);
  if (Array.isArray(body.components)) checkComponents(body.components, problems);
  return problems;
}

/** Every limit an autocomplete answer breaks; empty when it fits. */
export function choicesLimitViolations(choices: unknown): string[] {
  if (!Array.isArray(choices)) return ['choices is not an array'];
  const problems: string[] = [];
  if (choices.length > LIMITS.choices) problems.push(`${choices.length} choices (max ${LIMITS.choices})`);
  choices.forEach((choice: unknown, i) => {
    if (!isObject(choice)) {
      problems.push(`choices[${i}] is not an object`);
      return;
    }
    if (len(choice.name) < 1 || len(choice.name) > LIMITS.choiceName) {
      problems.push(`choices[${i}].name is ${len(choice.name)} characters (1..${LIMITS.choiceName})`);
    }
    if (typeof choice.value === 'string' && len(choice.value) > LIMITS.choiceValue) {
      problems.push(`choices[${i}].value is ${len(choice.value)} characters (max ${LIMITS.choiceValue})`);
    }
  });
  return problems;
}

/** Throws, listing every broken limit, unless the body would be accepted by Discord. */
export function assertFitsDiscordLimits(body: unknown): void {
  const problems = isObject(body) && 'choices' in body ? choicesLimitViolations(body.choices) : messageLimitViolations(body);
  if (problems.length > 0) throw new Error(`Discord would reject this body: ${problems.join('; ')}`);
}

/** True when a message body has nothing Discord could show. */
export function isEmptyMessage(body: unknown): boolean {
  if (!isObject(body)) return true;
  const has = (key: string): boolean => Array.isArray(body[key]) && (body[key] as unknown[]).length > 0;
  return len(body.content) === 0 && !has('embeds') && !has('components') && !has('attachments') && !has('sticker_ids') && !isObject(body.poll);
}
