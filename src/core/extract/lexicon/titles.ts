// Word lists for people and their roles. Lower case; matched word by word. General English
// newswriting vocabulary, not taken from any one article.

const set = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Words that make up a title written before a name ("Prime Minister", "CIA Director",
 * "Senate Majority Leader"). A capitalised word in this list is never part of the name itself.
 */
export const TITLE_WORDS = set(`
  president vice prime minister ministers secretary undersecretary director chairman chairwoman chair
  chairperson chief leader speaker senator sen sen. representative rep rep. congressman congresswoman
  governor gov gov. lieutenant lt lt. mayor ambassador envoy general gen gen. admiral adm adm. colonel
  col col. major maj maj. captain capt capt. sergeant sgt sgt. corporal cpl private pvt commander cmdr
  commissioner collector tahsildar superintendent inspector detective constable officer judge justice magistrate attorney
  prosecutor counsel king queen prince princess emperor empress sultan emir sheikh shaikh ayatollah
  pope cardinal archbishop bishop reverend rev rev. father pastor rabbi imam cleric monsignor
  professor prof prof. dr dr. doctor coach manager boss ceo cfo coo cto chairman founder cofounder
  co-founder owner chancellor premier president-elect taoiseach dean provost principal headteacher
  headmaster spokesman spokeswoman spokesperson deputy assistant acting interim executive head
  foreign defence defense interior finance health justice education trade labor labour energy
  environment home state treasury transport transportation agriculture culture commerce economy
  economic security intelligence military army navy naval air force police fire chief-executive
  majority minority whip house senate parliamentary parliament assembly council councillor councilor
  councilman councilwoman alderman lawmaker legislator mp mep delegate minister-president
  director-general secretary-general attorney-general surgeon-general lord lady baroness baron duke
  duchess earl count countess dame sir
  td tds msp mla mep cllr cllr. cr cr. supt supt. insp insp. det det. gda gda. garda datuk dato dato' dato’ datin seri tun
  sri toh puan pehin alhaji alhaja hajiya hajia rt rt. hon hon. honourable honorable
  aunty auntie uncle inkosi nkosi mk
  editor correspondent reporter columnist anchor host presenter analyst economist researcher
  scientist physicist chemist biologist astronomer expert specialist professor lecturer scholar
  historian author novelist writer poet artist actor actress singer musician director producer
  pilot co-pilot copilot driver engineer conductor resident passenger witness survivor victim
  candidate nominee activist campaigner environmentalist lawyer barrister solicitor doctor surgeon
  nurse physician paramedic firefighter teacher student player striker midfielder defender
  goalkeeper forward quarterback pitcher batsman bowler captain skipper coach trainer referee
  champion winner runner mate cyclist swimmer boxer golfer athlete teammate team-mate
  official officials adviser advisor aide consultant strategist diplomat negotiator mediator
  administrator regulator investigator auditor inspector analyst strategist organiser organizer
  founder entrepreneur investor banker trader economist businessman businesswoman tycoon magnate
  farmer fisherman worker employee staffer volunteer organiser chairman treasurer
  mother father brother sister son daughter wife husband widow widower uncle aunt cousin nephew
  niece grandmother grandfather grandson granddaughter partner fiance fiancee girlfriend boyfriend
  sheriff undersheriff marshal warden ranger agent controller comptroller registrar ombudsman
  backup reserve substitute member mca mcas
`);

/**
 * Letters written after a name ("Emily Thornberry MP", "Gerry Kelly MLA", "Jane Doe QC"): a seat or
 * an honour, never part of the name.
 */
export const POSTNOMINALS = set(`
  mp mps mep msp mla mpp mna mha td mca qc kc sc bl obe mbe cbe kbe dbe frs
`);

/** Role nouns that, as the head of a phrase, make it describe a person ("a White House spokesperson"). */
export const PERSON_NOUNS = set(`
  spokesman spokeswoman spokesperson spokespeople official officials source sources adviser advisers
  advisor advisors aide aides diplomat diplomats analyst analysts expert experts witness witnesses
  resident residents officer officers minister ministers secretary president leader leaders chief
  director manager executive executives lawmaker lawmakers senator senators governor mayor envoy
  ambassador negotiator negotiators investigator investigators researcher researchers scientist
  scientists doctor doctors nurse nurses teacher teachers student students worker workers employee
  employees passenger passengers survivor survivors victim victims relative relatives neighbour
  neighbor neighbours neighbors friend friends colleague colleagues member members supporter
  supporters critic critics activist activists campaigner campaigners protester protesters
  demonstrators resident villager villagers farmer farmers fan fans player players coach
  representative representatives person people man woman men women observer observers commentator
  commentators economist economists trader traders insider insiders lawyer lawyers attorney
  prosecutor prosecutors judge engineer engineers pilot pilots driver soldier soldiers commander
  commanders general officer police policeman policewoman firefighter official staffer staffers
  organiser organizers organizer organisers volunteer volunteers authorities authority user users
  customer customers owner owners parent parents mother father son daughter brother sister wife
  husband family families democrat democrats republican republicans conservative conservatives
  liberal liberals tory tories socialist socialists independent lawmaker legislator master skipper
  counterpart counterparts fellow fellows author co-author coauthor
  dutchman frenchman englishman irishman welshman scotsman spaniard scot briton swede dane
`);

/** Courtesy titles: the next capitalised word(s) are a person's name. */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['mister', 'male'], ['sir', 'male'], ['lord', 'male'],
  ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'],
  ['madam', 'female'], ['dame', 'female'], ['lady', 'female'],
  ['dr', null], ['dr.', null], ['prof', null], ['prof.', null], ['professor', null],
]);

/** Role words that tell the gender of the person they describe. */
export const MALE_ROLE_WORDS = set(`
  mr mr. sir lord king prince emperor sultan emir sheikh father brother son husband uncle nephew
  grandfather grandson widower boyfriend spokesman chairman congressman councilman businessman
  policeman fisherman man boy duke earl baron
`);
export const FEMALE_ROLE_WORDS = set(`
  mrs mrs. ms ms. miss madam dame lady queen princess empress mother sister daughter wife aunt niece
  grandmother granddaughter widow girlfriend spokeswoman chairwoman congresswoman councilwoman
  businesswoman policewoman woman girl duchess countess baroness actress
`);

/** Nationality and political adjectives that may lead a title ("Israeli Prime Minister"). */
export const DEMONYMS = set(`
  american british english scottish welsh irish french german italian spanish portuguese dutch
  belgian swiss austrian swedish norwegian danish finnish icelandic polish czech slovak hungarian
  romanian bulgarian greek turkish russian ukrainian belarusian georgian armenian azerbaijani
  israeli palestinian lebanese syrian jordanian iraqi iranian saudi emirati qatari kuwaiti omani
  yemeni egyptian libyan tunisian algerian moroccan sudanese ethiopian somali kenyan ugandan
  tanzanian rwandan nigerian ghanaian senegalese malian congolese angolan zambian zimbabwean
  south african chinese japanese korean taiwanese vietnamese thai malaysian indonesian filipino
  singaporean indian pakistani afghan bangladeshi sri lankan nepali burmese australian
  canadian mexican brazilian argentine argentinian chilean peruvian colombian venezuelan cuban
  european asian african arab latin western eastern northern southern us u.s. uk u.k. un u.n. eu
  democratic democrat republican conservative labour liberal socialist green federal national
  state provincial regional local county city municipal royal former ex ex- then late acting
  interim senior deputy fictional
`);

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  the a an this that these those his her their its our my your he she they it we i you
  mr mr. mrs mrs. ms ms. dr dr. prof prof. god allah
  said says told asked added according but and or if when while as after before during since
`);

/** Head words of organizations and places: a capitalised run ending in one is not a person. */
export const NON_PERSON_HEADS = set(`
  council committee commission ministry department agency office bureau service services authority
  board administration government parliament congress senate assembly court tribunal party
  union league federation association society institute institution foundation fund bank
  company corporation corp corp. inc inc. ltd ltd. llc plc group holdings airlines airline airways
  university college school academy hospital clinic center centre museum library church mosque
  temple cathedral army navy force forces police guard brigade regiment command network news times
  post journal herald tribune gazette agency press radio television tv channel studio studios
  street road avenue square bridge airport station port harbour harbor river lake sea ocean bay gulf
  island islands mountain mountains hill hills valley park forest desert coast county province
  state city district region republic kingdom empire strip bank circuit stadium arena prix cup
  championship championships games olympics series open tournament festival summit conference
  treaty accord agreement act bill law program programme project initiative mission operation
  plan system index exchange market airport prefecture hall house palace tower building centre
  reactor plant project fc club team united city rovers division unit units laboratory lab
  flight flights computer computers studies sciences affairs relations rights games awards news
  bakery cafe café coffee restaurant restaurants pub shop shops store stores farm farms foods motors
  brewery pharmacy salon garage cinema gallery supermarket telescope rover satellite spacecraft source
  racing motorsport motorsports
  organization organisation caucus garden gardens materials chemical chemicals pharmaceuticals logistics minerals metals mining
  resources water utilities industries technologies systems solutions partners ventures energy steel
  s.a. sa gmbh ag spa s.p.a. bv b.v. nv n.v. oy tbk bhd pte pty llp
  faculty secretariat directorate inspectorate commissariat
  current currents trench strait straits canal peninsula reef glacier end
  nation nations
  confederation alliance coalition consortium cooperative co-operative pictures films international
`);

/**
 * Words that name bodies in other languages ("Wody Polskie", "An Garda Síochána", "Kopalnia Soli",
 * "Stichting Natuur"): a capitalised run with one of them anywhere is no person.
 */
export const FOREIGN_ORG_WORDS = set(`
  wody polskie polska kopalnia spółka urząd ministerstwo zakłady gesellschaft verband verein stiftung
  bundesamt ministerium stadtwerke stichting gemeente vereniging ministerie waterschap société
  ministère compagnie assemblée ministerio empresa compañía sociedad policía partido ministero società
  garda gardaí síochána dáil seanad údarás roinn teoranta fianna fáil gael féin
`);

/** Title words that only modify a title ("State", "Foreign", "House"); never a role's head noun. */
export const TITLE_MODIFIERS = set(`
  vice prime foreign defence defense interior finance health justice education trade labor labour
  energy environment home state treasury transport transportation agriculture culture commerce
  economy economic security intelligence military army navy naval air force police fire majority
  minority house senate parliamentary parliament assembly council acting interim executive deputy
  assistant
`);
