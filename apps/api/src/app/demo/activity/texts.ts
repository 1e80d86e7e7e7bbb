/**
 * Texts the generator draws from (deterministically, by hash): open answers of pupils, teachers and parents,
 * and the parts of invented school names. Invented, but written the way schools and parents write to Halt.
 */

/** Answers to the trends question of teachers and parents ("Welke trends ziet u onder jongeren?"). */
export const TREND_TEXTS: readonly string[] = [
  'Veel leerlingen vapen in de pauze, ook al in de brugklas.',
  'Vapes met nicotine worden via Snapchat doorverkocht aan leerlingen uit de onderbouw.',
  'Leerlingen vapen op de wc’s; van sommige vapes wordt gezegd dat er THC in zit.',
  'Vapen begint al in groep 8: de vapes zijn kleurrijk en ruiken naar snoep.',
  'Ouders maken zich zorgen over vapen en weten niet hoe ze het kunnen herkennen.',
  'TikTok-challenges waarbij het brandalarm wordt ingedrukt of deuren worden gesloopt.',
  'Een TikTok-challenge om docenten stiekem te filmen en dat online te zetten.',
  'Brandjes stichten in prullenbakken als TikTok-challenge.',
  'Vechtpartijen worden via sociale media afgesproken en gefilmd voor TikTok.',
  'Sexting onder tweedeklassers: naaktfoto’s worden doorgestuurd in groepsapps.',
  'Meisjes worden onder druk gezet om foto’s te sturen, waarna ze worden gechanteerd.',
  'Sextortion: jongens worden na een videocall met een nepprofiel afgeperst.',
  'Ouders vragen zich af hoe zij sexting thuis bespreekbaar kunnen maken.',
  'Deepfake-naaktbeelden van klasgenoten, gemaakt met AI-apps.',
  'Jongens dragen een mes ‘voor hun eigen veiligheid’, vooral op weg naar huis.',
  'Er gaan filmpjes rond van messen en vechtpartijen bij het station.',
  'Leerlingen nemen messen mee na ruzies die online zijn begonnen.',
  'Nepwapens en balletjespistolen op school die niet van echt te onderscheiden zijn.',
  'Online oplichting: leerlingen verkopen hun bankpas of worden geldezel.',
  'Leerlingen worden via Instagram benaderd om hun bankrekening ‘uit te lenen’.',
  'Phishing via WhatsApp (‘hoi mam, dit is mijn nieuwe nummer’) bij ouders en grootouders.',
  'Meer online oplichting via Marktplaats, soms door leerlingen zelf.',
  'Jongeren verkopen hun account of telefoonnummer aan criminelen voor verificatie.',
  'Rond de jaarwisseling veel illegaal vuurwerk (cobra’s) in de wijk, ook bij twaalfjarigen.',
  'Vuurwerk wordt naar hulpverleners en bussen gegooid en gefilmd.',
  'Groepsdruk om mee te doen met winkeldiefstal, soms als ‘challenge’.',
  'Groepsdruk om drugs uit te proberen op feestjes, vooral in de bovenbouw.',
  'Groepjes jongeren die andere leerlingen intimideren bij de ingang van de school.',
  'Lachgas in het park na schooltijd, ook door minderjarigen.',
  'Jongeren worden via Snapchat geronseld als drugskoerier, met snel geld als lokmiddel.',
  'Online pesten vanuit anonieme accounts, met bewerkte foto’s van klasgenoten.',
  'Grooming via games: volwassenen die zich in Fortnite en Roblox voordoen als leeftijdsgenoot.',
  'Hacken van elkaars Snapchat- en Instagramaccounts om berichten te versturen.',
  'Diefstal van fietsen en steps, die daarna online worden doorverkocht.',
  'Opgevoerde fatbikes zonder helm, met veel ongelukken rond school.',
  'Leerlingen zijn bang voor drillmuziek en de bedreigingen die erin worden geuit.',
  'Bedreigingen in groepsapps die leerlingen als grap bedoelen.',
  'Gokken via apps en met skins in games, ook door minderjarigen.',
  'Vandalisme in de wijk: bushokjes en speeltoestellen vernield, met filmpjes op TikTok.',
  'Verkoop van vapes en energiedrankjes onder leerlingen op het schoolplein.',
  'Jongeren filmen zonder toestemming klasgenoten in de kleedkamer en delen dat.',
  'Ouders zien dat hun kind ’s nachts online is en contact heeft met onbekenden.',
];

/** Pupils' answers to "Wat wil je Halt nog zeggen?". */
export const PUPIL_TIPS: readonly string[] = [
  'Leuke les, meer filmpjes graag.',
  'Ik vond het goed dat we zelf mochten praten.',
  'Ik wist niet dat je daar een straf voor kon krijgen.',
  'Meer over online veiligheid alstublieft.',
  'Het duurde een beetje te lang.',
  'De voorbeelden waren echt gebeurd, dat was spannend.',
  'Ik ga beter opletten wat ik online zet.',
  'Kom volgend jaar weer!',
  'Meer tijd voor vragen.',
  'In het begin saai, daarna leuk.',
  'De quiz was het leukst.',
  'Goed dat het ook over vapen ging.',
];

/** Teachers' and parents' answers to "Wat kan Halt beter doen?". */
export const IMPROVE_TEXTS: readonly string[] = [
  'Graag het lesmateriaal vooraf toesturen.',
  'Meer interactie met de klas.',
  'Iets korter: aan het eind verloren de leerlingen hun aandacht.',
  'Een vervolgles na een paar maanden zou helpen.',
  'Nog beter aansluiten bij het niveau van de klas.',
  'Prima zo, heel professioneel.',
  'Meer aandacht voor online veiligheid.',
  'Graag een handout voor ouders.',
  'Betere afstemming over het lokaal en de beamer.',
  'Meer tijd voor de casussen.',
];

/** Parts of invented school names. */
export const SCHOOL_NAMES = {
  poPrefixes: ['OBS', 'CBS', 'Basisschool', 'KBS'],
  po: [
    'De Regenboog',
    'Het Kompas',
    'De Wegwijzer',
    'De Zonnebloem',
    'Het Anker',
    'De Horizon',
    'De Vlinder',
    'De Klimop',
    'De Boomgaard',
    'Het Palet',
    'De Wilgen',
    'De Sterrenkijker',
    'De Bron',
    'Het Baken',
    'De Fontein',
    'De Springplank',
    'Het Mozaïek',
    'De Meander',
    'De Vuurvogel',
    'De Ark',
  ],
  vo: [
    'Stedelijk Lyceum',
    'Christelijk College',
    'Scholengemeenschap',
    'Montessori College',
    'Dalton College',
    'Erasmus College',
    'Vakcollege',
    'Technasium',
    'Stedelijk Gymnasium',
    'Praktijkschool',
  ],
  mbo: ['ROC', 'Vakschool', 'MBO College'],
  so: ['De Piramide', 'De Sterrenboog', 'Het Startpunt', 'De Brug'],
  districts: [
    'Oost',
    'West',
    'Noord',
    'Zuid',
    'Centrum',
    'Haven',
    'Park',
    'Kern',
    'Dorp',
    'Veld',
    'Hoven',
    'Weide',
    'Brink',
    'Dijk',
    'Meer',
  ],
} as const;

/** Streets of invented school addresses. */
export const STREETS: readonly string[] = [
  'Schoolstraat',
  'Kerkstraat',
  'Dorpsstraat',
  'Stationsweg',
  'Molenweg',
  'Julianalaan',
  'Wilhelminastraat',
  'Parkweg',
  'Beatrixlaan',
  'Lindelaan',
];

/** Contact persons of requests. */
export const CONTACT_NAMES: readonly string[] = [
  'Mevrouw De Jong',
  'Meneer Bakker',
  'Mevrouw Yilmaz',
  'Meneer Visser',
  'Mevrouw El Idrissi',
  'Meneer Smit',
  'Mevrouw Van Dijk',
  'Meneer Mulder',
];

/** Why a school cancels a request. */
export const CANCEL_REASONS: readonly string[] = [
  'De klas heeft die week toetsen.',
  'Door ziekte van de mentor kan het niet doorgaan.',
  'Dubbel aangevraagd, de andere aanvraag blijft staan.',
  'De school regelt dit thema dit jaar zelf.',
];

/** Why a school asks to move a planned session. */
export const CHANGE_REASONS: readonly string[] = [
  'De klas is die dag op excursie.',
  'Toetsweek: liever een week later.',
  'De mentor is die dag op cursus.',
];

/** Why the gemeente (or Halt) does not accept a request. */
export const REJECT_REASONS: readonly string[] = [
  'Past niet meer in het budget van dit jaar.',
  'Deze school heeft dit schooljaar al een voorlichting over dit thema gehad.',
  'Dit aanbod past niet bij de vraag; Halt neemt contact op over maatwerk.',
];

/** What a specialist notes when the class was not there. */
export const NO_SHOW_REASONS: readonly string[] = [
  'De klas was op excursie; niemand wist van de afspraak.',
  'Het lokaal was bezet en de klas was naar huis.',
  'Er was een studiedag.',
];
