// Word lists for typing names that no registry knows. General vocabulary, not per-story rules.
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map((word) => word.toLowerCase()));

/** Titles and honorifics: dropped from the front of a name, and a sign that a person follows. */
export const HONORIFICS = set(`mr mrs ms miss dr prof professor sir sheikh shaikh sayyid sayed ayatollah grand mullah imam
  president prime minister deputy vice speaker chairman chairwoman chair chief head leader secretary general gen lt col maj
  major colonel lieutenant captain capt brigadier commander sergeant sgt admiral marshal ambassador envoy senator sen rep
  representative governor gov mayor king queen prince princess emir sultan crown spokesman spokeswoman spokesperson
  mp lawmaker judge justice minister's foreign defense defence interior finance oil acting former late member official
  special adviser advisor aide director manager founder co-founder candidate consul consul-general attaché
  envoy chargé cleric commissioner`);

/** Adjectives of nationality and faith: "Iraqi", "Kurdish" are not names of anything by themselves. */
export const DEMONYMS = set(`iraqi iraqis kurdish kurd kurds iranian iranians turkish turk turks syrian syrians american
  americans russian russians arab arabs arabic sunni sunnis shia shiite shiites shi'ite yazidi yazidis ezidi christian
  christians assyrian assyrians chaldean turkmen turkoman british french german germans israeli israelis saudi saudis
  qatari emirati jordanian lebanese egyptian persian european europeans western westerners chinese
  kurdistani muslim muslims jewish armenian azerbaijani afghan pakistani indian ukrainian`);

export const CALENDAR_WORDS = set(`monday tuesday wednesday thursday friday saturday sunday january february march april may
  june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday
  tomorrow gmt utc ramadan eid`);

/** Page chrome and sentence-initial words that taggers often take for proper nouns. */
export const CHROME_WORDS = set(`listen live get short url share tweet email print comments community standards discussion
  read more related advertisement subscribe newsletter follow click here photo image video copyright reserved updated
  published posted source sources reporting editing statement according however meanwhile also but and the this that
  these those there it its he she they we our his her their what when where which who why how if while after before
  since following a an several some many few every each another other others one two three four five all both most more
  any no such much`);

/** The last word of many organisations' names. */
export const ORGANIZATION_WORDS = set(`party council ministry forces force command army movement front brigade brigades union
  committee commission agency court parliament assembly government authority corps unit units coalition alliance
  organization organisation bank company corporation university office department police militia group institute
  association federation network foundation service services directorate bureau league bloc guard guards mission fund
  programme program centre center board cabinet presidency administration`);

/** Words that describe an organisation without naming which one ("Armed Forces", "Security Council"). */
export const GENERIC_NAME_WORDS = set(`armed security federal general commander prime minister president national regional
  central supreme high higher joint special public interior defense defence foreign affairs state local provincial
  military operations international popular united new the of and for to in on iraqi kurdish iranian turkish syrian
  american us u.s. first second third`);

/** Common given names in the region's news and beyond: a sign that a two-word name is a person. */
export const GIVEN_NAMES = set(`mohammed muhammad mohammad mohamed mohamad ahmed ahmad ali hassan hasan hussein husain hossein
  omar umar bashar khalid khaled mahmoud mahmud mustafa mostafa ibrahim ismail esmail yousef youssef yusuf abdullah
  abdulla abdul abdel abd hamid hamed saad salim saleem saleh salih salah jamal karim kareem nouri nuri fuad fouad
  hoshyar masoud massoud masud jalal nechirvan masrour qubad hemin fazel kamal rebwar shwan dilshad sherzad hawre aram
  azad rizgar karwan sirwan bakhtiyar hiwa kawa zana shirin nasrin leila layla fatima fatma zainab zeinab sara sarah
  maryam mariam reza javad mehdi abbas jafar jaafar qasem qassem majid saeed said faisal faleh falih adel adil haider
  haidar ammar muqtada hadi qais nawaf tariq tarek ayad iyad osama usama rashid rasheed nasser nasir walid waleed ziad
  ziyad yasin yassin emad imad samir sami bilal anwar raed majed mohsen bahram dara kurdo shahab recep mehmet ahmet
  kemal hakan selahattin mevlut emine sinan arkan farhad farhad diyar dilan goran hazhar hevi jwan lana rewas rebin
  sardar shaswar shorsh shoresh twana vian yasser yasir hamza harith hazem hisham jabbar jabar kadhim kazem karrar
  laith maher marwan mazin muhannad munir nabil najm nizar qusay raad riyadh sabah sadiq safaa shakir sultan thamer
  wael wathiq zaid zuhair rebaz sirwan hersh hardi jutyar kosrat lahur bafel pavel bahoz
  john james david michael robert william richard joseph thomas charles mark paul peter george brett douglas mike joe
  donald barack hillary rex antony lloyd jim matthew stephen steven andrew daniel christopher brian kevin jason jeffrey
  ryan mary elizabeth jennifer linda susan karen nancy lisa anna maria emmanuel angela boris vladimir sergey sergei
  dmitry jean pierre antonio jan jeanine ursula josep federica kurt hans john-paul tom tim nick chris alex ben sam
  jack henry edward frank martin scott eric gregory patrick dennis jerry tyler aaron adam nathan zach kyle noah ethan
  emily emma olivia sophia isabella ava mia charlotte amelia harper laura rachel rebecca catherine margaret ruth helen`);

/** Words after a name that show it is a place ("Diyala province") or a person ("…, who"). */
export const PLACE_AFTER = /^\s+(province|governorate|district|subdistrict|sub-district|village|town|city|region|border crossing|crossing|mountains?|valley|river|dam|lake|airport|camp)\b/i;
export const PLACE_BEFORE = /\b(?:town|city|village|district|subdistrict|sub-district|province|governorate|region|outskirts|suburbs?) of\s+$/i;
export const PERSON_AFTER = /^,?\s+(said|says|told|added|explained|stated|noted|considered|asserted|warned|revealed|stressed|confirmed|announced|tweeted|wrote|argued|claimed|denied|urged|who|a spokesman|a spokeswoman|the (head|leader|spokesman|commander|aide|governor|mayor|minister|president|director|member))\b/i;
