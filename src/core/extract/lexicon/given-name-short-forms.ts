// Common English short forms of given names ("Tony" for "Anthony", "Bill" for "William"), lower
// case: short form -> the full given names it commonly stands for. A story may name someone in
// full and later quote a speaker calling him by the short form ("Anthony R. DiNapoli" ... "Tony
// DiNapoli"); with this list the two are one person, not two.

const pairs: Record<string, string[]> = {
  tony: ['anthony', 'antony', 'antonio'],
  bill: ['william'], billy: ['william'], will: ['william'], willie: ['william'], liam: ['william'],
  bob: ['robert'], bobby: ['robert'], rob: ['robert'], robbie: ['robert'], bert: ['robert', 'albert', 'herbert'],
  jim: ['james'], jimmy: ['james'], jamie: ['james'],
  mike: ['michael'], mick: ['michael'], mickey: ['michael'],
  liz: ['elizabeth'], lizzie: ['elizabeth'], beth: ['elizabeth', 'bethany'], betty: ['elizabeth'], eliza: ['elizabeth'],
  kate: ['katherine', 'catherine', 'kathryn', 'katharine'], katie: ['katherine', 'catherine', 'kathryn', 'katharine'], kathy: ['katherine', 'kathryn', 'kathleen'], cathy: ['catherine'],
  tom: ['thomas'], tommy: ['thomas'],
  dick: ['richard'], rick: ['richard', 'frederick', 'eric'], ricky: ['richard'], rich: ['richard'],
  ed: ['edward', 'edmund', 'edwin'], eddie: ['edward'], ted: ['edward', 'theodore'], ned: ['edward'],
  dan: ['daniel'], danny: ['daniel'],
  dave: ['david'], davy: ['david'],
  joe: ['joseph'], joey: ['joseph'],
  ben: ['benjamin'], benny: ['benjamin'],
  sam: ['samuel', 'samantha'], sammy: ['samuel'],
  alex: ['alexander', 'alexandra'], sandy: ['alexander', 'alexandra'],
  andy: ['andrew'], drew: ['andrew'],
  chris: ['christopher', 'christine', 'christina'],
  matt: ['matthew'], nick: ['nicholas'], pat: ['patrick', 'patricia'], pete: ['peter'],
  steve: ['steven', 'stephen'], greg: ['gregory'], jeff: ['jeffrey', 'geoffrey'], ron: ['ronald'],
  don: ['donald'], doug: ['douglas'], ken: ['kenneth'], larry: ['lawrence', 'laurence'],
  jerry: ['gerald', 'jerome'], gerry: ['gerald', 'gerard'], fred: ['frederick'], frank: ['francis', 'franklin'],
  hank: ['henry'], harry: ['henry', 'harold'], charlie: ['charles'], chuck: ['charles'],
  jack: ['john'], johnny: ['john'], jon: ['jonathan'], tim: ['timothy'], phil: ['philip', 'phillip'],
  ray: ['raymond'], walt: ['walter'], gene: ['eugene'], vince: ['vincent'], len: ['leonard'], lenny: ['leonard'],
  meg: ['margaret'], maggie: ['margaret'], peggy: ['margaret'], sue: ['susan', 'suzanne'], susie: ['susan'],
  jenny: ['jennifer'], jen: ['jennifer'], becky: ['rebecca'], debbie: ['deborah'], deb: ['deborah'],
  vicky: ['victoria'], barb: ['barbara'], patty: ['patricia'], trish: ['patricia'], cindy: ['cynthia'],
  mandy: ['amanda'], pam: ['pamela'], val: ['valerie'], jo: ['joanne', 'josephine'], nan: ['nancy'],
};

export const GIVEN_NAME_SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(pairs));
