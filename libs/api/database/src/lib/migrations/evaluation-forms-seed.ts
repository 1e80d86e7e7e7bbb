/**
 * Halt's first question sets (version 1 of every audience × offer type). Admins add versions afterwards;
 * keys stay the same across versions so the outcomes remain comparable.
 */
type Audience = 'teacher' | 'pupil' | 'parent';

const OFFER_TYPES = [
  'voorlichting',
  'klassendialoog',
  'schoolspreekuur',
  'jongerenrechtbank',
  'ouderbijeenkomst',
  'halt-jrb',
];

const scale = (key: string, text: string, outcome: string | null) => ({
  key,
  kind: 'scale',
  text,
  low: 'helemaal niet',
  high: 'helemaal wel',
  outcome,
  required: true,
});
const open = (key: string, text: string, trend = false) => ({ key, kind: 'open', text, trend, required: false });

const QUESTIONS: Record<Audience, object[]> = {
  pupil: [
    scale('feel_safer', 'Ik voel me veiliger op school en online na deze les.', 'feel_safer'),
    scale('prevent_repair', 'Ik weet beter hoe ik schade kan voorkomen of goedmaken.', 'prevent_repair'),
    scale('recommend', 'Ik zou deze les aan andere klassen aanraden.', 'recommend'),
    open('tip', 'Wat wil je Halt nog zeggen? (schrijf geen namen op)'),
  ],
  teacher: [
    scale('feel_safer', 'Mijn leerlingen en ik voelen ons veiliger na deze sessie.', 'feel_safer'),
    scale(
      'prevent_repair',
      'De leerlingen weten beter hoe ze schade kunnen voorkomen of herstellen.',
      'prevent_repair',
    ),
    scale('recommend', 'Ik raad deze sessie aan collega’s aan.', 'recommend'),
    scale('overall', 'Hoe tevreden bent u over de uitvoering?', 'overall'),
    open('trends', 'Welke trends ziet u onder jongeren?', true),
    open('improve', 'Wat kan Halt beter doen?'),
  ],
  parent: [
    scale('feel_safer', 'Ik voel me beter toegerust om mijn kind te helpen.', 'feel_safer'),
    scale('prevent_repair', 'Ik weet beter hoe ik met mijn kind schade kan voorkomen of herstellen.', 'prevent_repair'),
    scale('recommend', 'Ik raad deze bijeenkomst aan andere ouders aan.', 'recommend'),
    open('trends', 'Welke trends ziet u onder jongeren?', true),
    open('improve', 'Wat kan Halt beter doen?'),
  ],
};

const TITLES: Record<Audience, string> = {
  pupil: 'Wat vond je ervan?',
  teacher: 'Evaluatie voor de docent',
  parent: 'Evaluatie voor ouders',
};

const INTROS: Record<Audience, string> = {
  pupil: 'Deze vragen zijn anoniem: we vragen niet je naam of e-mailadres. Het kost twee minuten.',
  teacher: 'Twee minuten: wat bracht de sessie uw klas? Uw antwoorden helpen Halt en uw gemeente.',
  parent: 'Deze vragen zijn anoniem. Het kost twee minuten.',
};

/** Version 1 of each form: pupils for lessons, parents for parent meetings, teachers for every offer. */
export const EVALUATION_FORMS_SEED = OFFER_TYPES.flatMap((offerType) =>
  (['teacher', 'pupil', 'parent'] as Audience[])
    .filter((audience) => (offerType === 'ouderbijeenkomst' ? audience !== 'pupil' : true))
    .map((audience) => ({
      audience,
      offerType,
      title: TITLES[audience],
      intro: INTROS[audience],
      questions: QUESTIONS[audience],
    })),
);
