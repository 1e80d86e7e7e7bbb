import type { HolidayRegion, SchoolType } from '@halt/contracts';

/**
 * Demo data seeded on an empty database (development and `npm start`). Municipalities carry their real
 * CBS codes; schools, BRIN numbers and people are invented. E-mail addresses use the reserved `.example`
 * domain so no mail can reach anyone.
 */
export const DEMO_PASSWORD = 'Preventie-2026!';

export const DEMO_REGIONS = [
  { code: 'noord', name: 'Noord-Nederland' },
  { code: 'oost', name: 'Oost-Nederland' },
  { code: 'midden', name: 'Midden-Nederland' },
  { code: 'noordwest', name: 'Noord-Holland en Flevoland' },
  { code: 'zuidwest', name: 'Zuid-Holland en Zeeland' },
  { code: 'zuid', name: 'Zuid-Nederland' },
] as const;
export type DemoRegionCode = (typeof DEMO_REGIONS)[number]['code'];

/** Demo gemeenten taking part in Preventie met Gezag, with the year they joined (CBS code → year). */
export const DEMO_PMG_SINCE: Record<string, number> = { GM0599: 2023, GM0518: 2024, GM0772: 2025 };

export const DEMO_MUNICIPALITIES: { cbsCode: string; name: string; region: DemoRegionCode; slug: string }[] = [
  { cbsCode: 'GM0014', name: 'Groningen', region: 'noord', slug: 'groningen' },
  { cbsCode: 'GM0080', name: 'Leeuwarden', region: 'noord', slug: 'leeuwarden' },
  { cbsCode: 'GM0153', name: 'Enschede', region: 'oost', slug: 'enschede' },
  { cbsCode: 'GM0268', name: 'Nijmegen', region: 'oost', slug: 'nijmegen' },
  { cbsCode: 'GM0344', name: 'Utrecht', region: 'midden', slug: 'utrecht' },
  { cbsCode: 'GM0363', name: 'Amsterdam', region: 'noordwest', slug: 'amsterdam' },
  { cbsCode: 'GM0599', name: 'Rotterdam', region: 'zuidwest', slug: 'rotterdam' },
  { cbsCode: 'GM0518', name: "'s-Gravenhage", region: 'zuidwest', slug: 'denhaag' },
  { cbsCode: 'GM0772', name: 'Eindhoven', region: 'zuid', slug: 'eindhoven' },
  { cbsCode: 'GM0935', name: 'Maastricht', region: 'zuid', slug: 'maastricht' },
];

export interface DemoSchool {
  name: string;
  brin: string;
  type: SchoolType;
  street: string;
  postcode: string;
  city: string;
  latitude: number;
  longitude: number;
  municipality: string; // CBS code
  holidayRegion: HolidayRegion;
  slug: string;
}

export const DEMO_SCHOOLS: DemoSchool[] = [
  {
    name: 'OBS De Dijkwerker',
    brin: '91AA00',
    type: 'PO',
    street: 'Peizerweg 12',
    postcode: '9727 AJ',
    city: 'Groningen',
    latitude: 53.2123,
    longitude: 6.548,
    municipality: 'GM0014',
    holidayRegion: 'noord',
    slug: 'dijkwerker',
  },
  {
    name: 'Noorderpoort College Stad',
    brin: '91AB01',
    type: 'MBO',
    street: 'Zernikeplein 5',
    postcode: '9747 AA',
    city: 'Groningen',
    latitude: 53.2405,
    longitude: 6.532,
    municipality: 'GM0014',
    holidayRegion: 'noord',
    slug: 'noorderpoort',
  },
  {
    name: 'CSG De Terp',
    brin: '92AC00',
    type: 'VO',
    street: 'Julianalaan 40',
    postcode: '8931 AH',
    city: 'Leeuwarden',
    latitude: 53.196,
    longitude: 5.799,
    municipality: 'GM0080',
    holidayRegion: 'noord',
    slug: 'deterp',
  },
  {
    name: 'De Wâlden School',
    brin: '92AD00',
    type: 'SO',
    street: 'Tesselschadestraat 8',
    postcode: '8913 HB',
    city: 'Leeuwarden',
    latitude: 53.205,
    longitude: 5.788,
    municipality: 'GM0080',
    holidayRegion: 'noord',
    slug: 'walden',
  },
  {
    name: 'Twents Lyceum Enschede',
    brin: '93AE00',
    type: 'VO',
    street: 'Boddenkampsingel 20',
    postcode: '7514 AP',
    city: 'Enschede',
    latitude: 52.223,
    longitude: 6.899,
    municipality: 'GM0153',
    holidayRegion: 'noord',
    slug: 'twentslyceum',
  },
  {
    name: 'Basisschool De Esch',
    brin: '93AF00',
    type: 'PO',
    street: 'Esmarkelaan 3',
    postcode: '7522 AA',
    city: 'Enschede',
    latitude: 52.234,
    longitude: 6.885,
    municipality: 'GM0153',
    holidayRegion: 'noord',
    slug: 'deesch',
  },
  {
    name: 'Waalstad College',
    brin: '94AG00',
    type: 'VO',
    street: 'Groenestraat 150',
    postcode: '6531 HZ',
    city: 'Nijmegen',
    latitude: 51.835,
    longitude: 5.842,
    municipality: 'GM0268',
    holidayRegion: 'zuid',
    slug: 'waalstad',
  },
  {
    name: 'VSO De Zonnewijzer',
    brin: '94AH00',
    type: 'VSO',
    street: 'Hatertseweg 300',
    postcode: '6533 GW',
    city: 'Nijmegen',
    latitude: 51.819,
    longitude: 5.848,
    municipality: 'GM0268',
    holidayRegion: 'zuid',
    slug: 'zonnewijzer',
  },
  {
    name: 'Stadscollege Domstad',
    brin: '95AJ00',
    type: 'VO',
    street: 'Kromme Nieuwegracht 10',
    postcode: '3512 HH',
    city: 'Utrecht',
    latitude: 52.09,
    longitude: 5.124,
    municipality: 'GM0344',
    holidayRegion: 'midden',
    slug: 'domstad',
  },
  {
    name: 'Basisschool De Vechtoever',
    brin: '95AK00',
    type: 'PO',
    street: 'Vechtstraat 22',
    postcode: '3521 XK',
    city: 'Utrecht',
    latitude: 52.076,
    longitude: 5.108,
    municipality: 'GM0344',
    holidayRegion: 'midden',
    slug: 'vechtoever',
  },
  {
    name: 'Amstel Lyceum West',
    brin: '96AL00',
    type: 'VO',
    street: 'Jan van Galenstraat 70',
    postcode: '1056 CB',
    city: 'Amsterdam',
    latitude: 52.374,
    longitude: 4.85,
    municipality: 'GM0363',
    holidayRegion: 'noord',
    slug: 'amstellyceum',
  },
  {
    name: 'OBS Het IJ',
    brin: '96AM00',
    type: 'PO',
    street: 'Javaplein 15',
    postcode: '1095 CJ',
    city: 'Amsterdam',
    latitude: 52.364,
    longitude: 4.941,
    municipality: 'GM0363',
    holidayRegion: 'noord',
    slug: 'hetij',
  },
  {
    name: 'Maascollege Zuid',
    brin: '97AN00',
    type: 'VO',
    street: 'Slaghekstraat 60',
    postcode: '3074 LN',
    city: 'Rotterdam',
    latitude: 51.895,
    longitude: 4.505,
    municipality: 'GM0599',
    holidayRegion: 'midden',
    slug: 'maascollege',
  },
  {
    name: 'Techniek MBO Rotterdam',
    brin: '97AP01',
    type: 'MBO',
    street: 'Heer Bokelweg 255',
    postcode: '3032 AD',
    city: 'Rotterdam',
    latitude: 51.93,
    longitude: 4.478,
    municipality: 'GM0599',
    holidayRegion: 'midden',
    slug: 'techniekmbo',
  },
  {
    name: 'Hofstad Lyceum',
    brin: '98AR00',
    type: 'VO',
    street: 'Laan van Meerdervoort 300',
    postcode: '2563 AE',
    city: "'s-Gravenhage",
    latitude: 52.076,
    longitude: 4.27,
    municipality: 'GM0518',
    holidayRegion: 'midden',
    slug: 'hofstad',
  },
  {
    name: 'SO De Duinroos',
    brin: '98AS00',
    type: 'SO',
    street: 'Melis Stokelaan 120',
    postcode: '2541 GD',
    city: "'s-Gravenhage",
    latitude: 52.048,
    longitude: 4.285,
    municipality: 'GM0518',
    holidayRegion: 'midden',
    slug: 'duinroos',
  },
  {
    name: 'Lorentz College Eindhoven',
    brin: '99AT00',
    type: 'VO',
    street: 'Kastanjelaan 50',
    postcode: '5616 LZ',
    city: 'Eindhoven',
    latitude: 51.44,
    longitude: 5.46,
    municipality: 'GM0772',
    holidayRegion: 'zuid',
    slug: 'lorentz',
  },
  {
    name: 'Basisschool Het Kempenhuis',
    brin: '99AU00',
    type: 'PO',
    street: 'Tongelresestraat 200',
    postcode: '5613 DT',
    city: 'Eindhoven',
    latitude: 51.441,
    longitude: 5.495,
    municipality: 'GM0772',
    holidayRegion: 'zuid',
    slug: 'kempenhuis',
  },
  {
    name: 'Maaslands College Maastricht',
    brin: '90AV00',
    type: 'VO',
    street: 'Via Regia 80',
    postcode: '6216 CL',
    city: 'Maastricht',
    latitude: 50.853,
    longitude: 5.665,
    municipality: 'GM0935',
    holidayRegion: 'zuid',
    slug: 'maaslands',
  },
  {
    name: 'Vakschool Mergelland',
    brin: '90AW01',
    type: 'MBO',
    street: 'Brusselseweg 150',
    postcode: '6217 HB',
    city: 'Maastricht',
    latitude: 50.856,
    longitude: 5.65,
    municipality: 'GM0935',
    holidayRegion: 'zuid',
    slug: 'mergelland',
  },
];

/** A demo specialist's profile: where they live, how much they work and what they are trained for. */
export interface DemoStaff {
  name: string;
  regions: DemoRegionCode[];
  home: [number, number];
  hours: number;
  /** ISO weekdays worked (08:00–17:00). */
  days: number[];
  /** Extra skills beyond the voorlichtingen, spreekuur and ouderbijeenkomst everybody gives. */
  extra: ('klassendialoog' | 'jrb' | 'sport-en-gedrag')[];
}

const FULL = [1, 2, 3, 4, 5];
export const DEMO_STAFF: DemoStaff[] = [
  {
    name: 'Sanne de Vries',
    regions: ['noord'],
    home: [53.219, 6.566],
    hours: 32,
    days: [1, 2, 3, 4],
    extra: ['klassendialoog'],
  },
  { name: 'Jelmer Hoekstra', regions: ['noord', 'oost'], home: [52.96, 6.35], hours: 36, days: FULL, extra: ['jrb'] },
  {
    name: 'Fatima El Amrani',
    regions: ['oost'],
    home: [52.22, 6.89],
    hours: 28,
    days: [1, 2, 4, 5],
    extra: ['klassendialoog'],
  },
  {
    name: 'Bram Jansen',
    regions: ['oost', 'midden'],
    home: [52.16, 5.39],
    hours: 36,
    days: FULL,
    extra: ['klassendialoog', 'jrb', 'sport-en-gedrag'],
  },
  {
    name: 'Lotte Visser',
    regions: ['midden'],
    home: [52.09, 5.12],
    hours: 32,
    days: [1, 2, 3, 5],
    extra: ['klassendialoog', 'sport-en-gedrag'],
  },
  { name: 'Youssef Bakker', regions: ['noordwest'], home: [52.37, 4.9], hours: 36, days: FULL, extra: ['jrb'] },
  {
    name: 'Iris Mulder',
    regions: ['noordwest', 'midden'],
    home: [52.3, 5.04],
    hours: 24,
    days: [2, 3, 4],
    extra: ['klassendialoog'],
  },
  {
    name: 'Kevin de Graaf',
    regions: ['zuidwest'],
    home: [51.92, 4.48],
    hours: 36,
    days: FULL,
    extra: ['klassendialoog'],
  },
  { name: 'Priya Ramdin', regions: ['zuidwest'], home: [52.07, 4.3], hours: 32, days: [1, 3, 4, 5], extra: ['jrb'] },
  {
    name: 'Tom Peeters',
    regions: ['zuid'],
    home: [51.44, 5.47],
    hours: 36,
    days: FULL,
    extra: ['klassendialoog', 'jrb'],
  },
  {
    name: 'Anouk Hendriks',
    regions: ['zuid'],
    home: [50.85, 5.69],
    hours: 28,
    days: [1, 2, 3, 4],
    extra: ['klassendialoog'],
  },
  { name: 'Daan Smit', regions: ['zuidwest', 'noordwest'], home: [52.16, 4.49], hours: 36, days: FULL, extra: [] },
];

/** The skills every demo specialist holds: all voorlichtingen, the spreekuur and the parent meeting. */
export const DEMO_BASE_SKILLS = [
  'online-veiligheid',
  'sexting',
  'wapens',
  'vuurwerk',
  'voorlichting-algemeen',
  'ondermijning',
  'middelen',
  'spreekuur',
  'ouderbijeenkomst',
];

export const DEMO_PLANNER_NAMES: Record<DemoRegionCode, string> = {
  noord: 'Marieke Postma',
  oost: 'Rik Oude Luttikhuis',
  midden: 'Esther van Dam',
  noordwest: 'Mehmet Yilmaz',
  zuidwest: 'Claudia Verbeek',
  zuid: 'Luc Janssen',
};

export const DEMO_ADMIN = { name: 'Halt Functioneel Beheer', email: 'beheer@halt.example' };

/** The demo sportvereniging (a football club in Utrecht) and its contact's account. */
export const DEMO_CLUB = {
  name: 'Voetbalvereniging Domstad Boys',
  knvbNumber: 'BBDM12U',
  street: 'Sportpark Voordorp 3',
  postcode: '3563 AA',
  place: 'Utrecht',
  municipality: 'GM0344',
  latitude: 52.108,
  longitude: 5.143,
  email: 'contact@domstadboys.club.example',
  contactName: 'Contactpersoon Domstad Boys',
};

/** The demo wijkpartner (youth work in Utrecht) and its contact's account. */
export const DEMO_PARTNER = {
  name: 'Jongerenwerk Utrecht Oost',
  kind: 'jongerenwerk' as const,
  street: 'Biltstraat 120',
  postcode: '3572 BJ',
  place: 'Utrecht',
  municipality: 'GM0344',
  latitude: 52.094,
  longitude: 5.135,
  email: 'jongerenwerk@utrecht-oost.wijk.example',
  contactName: 'Jongerenwerker Utrecht Oost',
};
