// Hand-written word lists of the name finder: general English news vocabulary, no story's names.
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Job titles and honorifics that stand before a person's name and are not part of it. */
export const TITLE_WORDS = set(`mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady president
  vice-president premier chancellor minister prime deputy secretary general gen. gen lt lt. col col. maj maj. major-general
  colonel lieutenant captain capt capt. commander cmdr admiral adm marshal sergeant sgt sgt. corporal private officer
  brigadier ambassador envoy consul senator sen. sen representative rep. rep congressman congresswoman governor gov. gov
  mayor king queen prince princess emperor empress pope cardinal bishop archbishop rabbi imam sheikh ayatollah cleric
  reverend rev. rev father brother sister judge justice magistrate attorney prosecutor lawyer spokesman spokeswoman
  spokesperson chairman chairwoman chair chief executive ceo director manager coach captain striker midfielder defender
  goalkeeper forward centre center winger keeper skipper batsman bowler all-rounder opener rider driver jockey boxer
  champion veteran teenager former late acting opposition leader party candidate delegate aide adviser advisor analyst
  economist trader dealer official officials democrat republican socialist communist tory dr. st. saint inspector detective sheriff superintendent commissioner
   rector chancellor's president's head founder co-founder owner publisher editor correspondent reporter`);

/** Occupations written before a name like a title ("Broker Jane Roe said"); kept apart from TITLE_WORDS, a feature the
 *  shipped name model was trained with. */
export const OCCUPATIONS = set(`broker strategist researcher banker novelist historian photographer`);

/** Last words of organisations' names. */
export const ORGANIZATION_SUFFIXES = set(`corp corp. corporation inc inc. incorporated ltd ltd. limited plc llc llp co co. company
  companies group holdings holding bank bancorp trust fund partners associates industries international airlines airways
  motors systems technologies communications telecom petroleum oil energy mining resources steel chemicals pharmaceuticals
  insurance securities investments capital finance financial exchange fc f.c. afc united city rovers wanderers athletic
  albion county town club team university college institute school academy party council committee commission ministry
  department agency authority board bureau office army navy force forces police court parliament assembly congress senate
  government administration union federation association league society foundation organisation organization movement
  front alliance coalition church network news times post journal herald tribune press agency service services
  unlimited ag sa nv bv gmbh spa ab asa oy kk newsroom newsdesk desk`);

/** Continents, oceans, world regions and U.S. states: places a city list does not hold. */
export const REGION_NAMES = [
  "Africa", "Asia", "Europe", "North America", "South America", "Latin America", "Central America", "Oceania", "Antarctica",
  "Middle East", "Far East", "Near East", "Balkans", "Caucasus", "Caribbean", "Scandinavia", "Siberia", "Gulf", "Persian Gulf",
  "Atlantic", "Pacific", "Mediterranean", "Baltic", "Indian Ocean", "Arctic", "Sahara", "Himalayas", "Alps", "Andes",
  "Central Asia", "East Asia", "South Asia", "Southeast Asia", "West Africa", "East Africa", "North Africa", "Southern Africa",
  "Eastern Europe", "Western Europe", "Central Europe", "West Bank", "Gaza", "Gaza Strip", "Kashmir", "Kurdistan", "Chechnya",
  "Tibet", "Crimea", "Bosnia", "Kosovo", "Ulster",
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
  "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
  "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
  "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
  "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
  "Ontario", "Quebec", "British Columbia", "Alberta", "Bavaria", "Catalonia", "Andalusia", "Lombardy", "Tuscany", "Sicily",
  "Sardinia", "Corsica", "Normandy", "Brittany", "Flanders", "Wallonia", "Punjab", "Bengal", "Kerala", "Queensland",
  "New South Wales", "Victoria", "Tasmania", "Mindanao", "Java", "Sumatra", "Borneo", "Hong Kong", "Macau", "Taiwan",
  "U.S.", "US", "USA", "U.S.A.", "UK", "U.K.", "EU",
];

/** Nations a country list leaves out (parts of the United Kingdom, older and short names): places. */
export const NATIONS = ["England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain", "Burma", "Holland",
  "Zaire", "Yugoslavia", "Soviet Union", "USSR", "Czechoslovakia", "East Germany", "West Germany", "North Korea", "South Korea",
  "N. Korea", "S. Korea", "Ivory Coast", "East Timor", "Macedonia", "Swaziland", "Palestine", "Vatican"];

/** Last words of places that are buildings, grounds and features ("Old Trafford" is not one of them). */
export const FACILITY_WORDS = set(`park airport airfield prison stadium course bridge square street road avenue boulevard river
  mountain mountains mount lake island islands valley bay coast sea ocean desert canal port harbour harbor beach hills
  peninsula strait gulf province district region oval ground arena`);

/** Months, weekdays and other capitalised words that are never a name by themselves. */
export const NEVER_NAMES = set(`january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday i i'm i'd i'll i've god christmas easter ramadan
  mr mrs ms dr sir madam the a an this that these those he she it we they you his her its our their my your`);

/** Nationality adjectives before a name ("Australian Rodney Eyles"): not part of it. */
export const DEMONYMS = set(`afghan african albanian algerian american angolan arab argentine argentinian armenian asian
  australian austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian
  burmese burundian cambodian cameroonian canadian chechen chilean chinese colombian congolese croatian cuban cypriot
  czech danish dutch ecuadorean ecuadorian egyptian english eritrean estonian ethiopian european filipino finnish french
  georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish
  israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz latvian lebanese
  liberian libyan lithuanian macedonian malaysian malian maltese mexican moldovan mongolian montenegrin moroccan
  mozambican namibian nepali nigerian nigerien norwegian pakistani palestinian panamanian paraguayan persian peruvian
  polish portuguese qatari romanian russian rwandan saudi scottish senegalese serb serbian sierra singaporean slovak
  slovenian somali spanish sudanese swedish swiss syrian taiwanese tajik tanzanian thai tunisian turkish turkmen
  ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni yugoslav zambian zimbabwean`);

/** Words for groups of people and their members, capitalised but no one's name ("Serbs", "Republicans", "a Swede"). */
export const GROUP_WORDS = set(`serbs croats arabs jews kurds moslems muslims hutus tutsis chechens turks poles swedes danes
  finns scots britons swiss catholics protestants christians republicans democrats conservatives liberals tories socialists
  communists nationalists islamists sunnis shias shiites israelis iraqis pakistanis saudis kuwaitis somalis bosnians
  afrikaners boers coloureds whites blacks marines allies swede pole briton turk serb croat arab jew kurd moslem muslim hutu
  tutsi sunni shia shiite catholic protestant hindu sikh buddhist`);
