/**
 * Hand-written one-liners and description sentences per sector key of the default vocabulary
 * (migration SeedVocabularies), in German and English. `{city}` is replaced by the startup's city.
 * A sector the vocabulary no longer has is simply never picked; a sector missing here gets the
 * generic texts.
 */
export interface SectorTexts {
  oneLinersDe: readonly string[];
  oneLinersEn: readonly string[];
  detailsDe: readonly string[];
  detailsEn: readonly string[];
  /** Topics founders in this sector often ask for, on top of those of their stage. */
  topics: readonly string[];
}

export const SECTOR_TEXTS: Readonly<Record<string, SectorTexts>> = {
  fintech: {
    oneLinersDe: [
      'Buchhaltung auf Autopilot für Handwerksbetriebe in Sachsen',
      'Eine Plattform, die Rechnungen von Kommunen in Sekunden prüft',
      'Mikrokredite für Gründerinnen ohne Bankhistorie',
    ],
    oneLinersEn: [
      'Bookkeeping on autopilot for craft businesses',
      'A payments platform for regional farmers markets',
      'Instant liquidity forecasts for small manufacturers',
    ],
    detailsDe: [
      'Die Software liest Belege per Foto ein und bucht sie mit KI vor.',
      'Banken aus {city} und Umgebung testen die Lösung im Rahmen eines Piloten.',
      'Wir verbinden Steuerberatung und Unternehmen über eine gemeinsame Plattform.',
    ],
    detailsEn: [
      'Receipts are captured by phone and pre-booked by a machine-learning model.',
      'Two savings banks near {city} run a pilot with us.',
      'Our platform connects tax advisers and their clients in one shared ledger.',
    ],
    topics: ['legal', 'finance', 'b2b-sales'],
  },
  healthtech: {
    oneLinersDe: [
      'Digitale Nachsorge für Patienten nach der Reha',
      'Eine App, die Pflegekräfte bei der Dokumentation entlastet',
      'Terminplattform für Physiotherapie-Praxen im ländlichen Raum',
    ],
    oneLinersEn: [
      'Remote aftercare for patients leaving rehab',
      'An app that halves the paperwork of care workers',
      'Telemedicine platform for rural general practices',
    ],
    detailsDe: [
      'Entwickelt gemeinsam mit dem Universitätsklinikum, zertifiziert als DiGA in Vorbereitung.',
      'Pflegedienste in {city} nutzen die App täglich mit über 300 Patientinnen und Patienten.',
      'Die Daten bleiben auf Servern in Deutschland, der Datenschutz ist von Anfang an mitgedacht.',
    ],
    detailsEn: [
      'Built with clinicians from the university hospital; DiGA certification is under way.',
      'Care services in {city} use the app every day with more than 300 patients.',
      'Patient data stays on servers in Germany; privacy was designed in from day one.',
    ],
    topics: ['data-protection', 'public-funding', 'legal'],
  },
  medtech: {
    oneLinersDe: [
      'Sensorpflaster, das Wundheilung ohne Verbandswechsel misst',
      'Günstige Ultraschall-Sonden für Hausarztpraxen',
    ],
    oneLinersEn: [
      'A sensor patch that tracks wound healing without changing the dressing',
      'Affordable ultrasound probes for family doctors',
    ],
    detailsDe: [
      'Der Prototyp ist in einer klinischen Studie mit 120 Teilnehmenden.',
      'Die Zulassung nach MDR ist für das kommende Jahr geplant.',
    ],
    detailsEn: [
      'The prototype is in a clinical study with 120 participants.',
      'We plan to obtain MDR approval next year.',
    ],
    topics: ['ip-patents', 'public-funding', 'legal'],
  },
  biotech: {
    oneLinersDe: [
      'Enzyme aus Pflanzenresten für die Textilindustrie',
      'Schnelltests für Antibiotikaresistenzen in der Tierhaltung',
    ],
    oneLinersEn: [
      'Enzymes from crop residues for the textile industry',
      'Rapid tests for antibiotic resistance in livestock',
    ],
    detailsDe: [
      'Das Verfahren stammt aus dem Labor im BioCity-Campus und ist zum Patent angemeldet.',
      'Erste Tonnen werden mit einem Partner im Chemiepark Leuna produziert.',
    ],
    detailsEn: [
      'The process comes out of a lab at the BioCity campus and is patent pending.',
      'First batches are produced with a partner at the Leuna chemical park.',
    ],
    topics: ['ip-patents', 'public-funding', 'fundraising'],
  },
  'cleantech-energy': {
    oneLinersDe: [
      'Mieterstrom für Plattenbauten, abgerechnet per App',
      'Wärmepumpen-Planung in zehn Minuten statt zehn Tagen',
      'Eine Plattform für Bürgerenergie-Genossenschaften',
    ],
    oneLinersEn: [
      'Tenant solar power for prefab housing estates, billed by app',
      'Heat-pump planning in ten minutes instead of ten days',
      'Energy data platform for municipal utilities',
    ],
    detailsDe: [
      'Stadtwerke aus {city} und dem Umland sind Pilotkunden.',
      'Die Software plant Anlagen aus Satellitendaten und Lastprofilen.',
      'Jede Installation spart im Schnitt vier Tonnen CO₂ im Jahr.',
    ],
    detailsEn: [
      'Municipal utilities in and around {city} are pilot customers.',
      'Our software sizes installations from satellite imagery and load profiles.',
      'Each installation saves four tonnes of CO₂ a year on average.',
    ],
    topics: ['public-funding', 'partnerships', 'b2b-sales'],
  },
  mobility: {
    oneLinersDe: [
      'Lastenräder im Abo für Lieferdienste in der Innenstadt',
      'On-Demand-Rufbus für Dörfer ohne Taktverkehr',
    ],
    oneLinersEn: [
      'Cargo bikes by subscription for inner-city deliveries',
      'On-demand shuttles for villages without a bus timetable',
    ],
    detailsDe: [
      'Gemeinsam mit den Verkehrsbetrieben in {city} läuft ein Testbetrieb auf drei Linien.',
      'Die Routen werden in Echtzeit aus den Buchungen berechnet.',
    ],
    detailsEn: [
      'A trial on three routes runs with the public transport operator in {city}.',
      'Routes are computed in real time from the bookings.',
    ],
    topics: ['partnerships', 'public-funding', 'go-to-market'],
  },
  logistics: {
    oneLinersDe: [
      'Freie Laderaum-Kapazitäten am Güterverkehrszentrum teilen',
      'Paketstationen für Mehrfamilienhäuser, herstellerunabhängig',
    ],
    oneLinersEn: [
      'Sharing spare truck capacity at the freight village',
      'Vendor-neutral parcel lockers for apartment buildings',
    ],
    detailsDe: [
      'Speditionen rund um den Flughafen Leipzig/Halle buchen Touren über unsere Plattform.',
      'Die Software reduziert Leerfahrten um bis zu 20 Prozent.',
    ],
    detailsEn: [
      'Hauliers around Leipzig/Halle airport book loads through our platform.',
      'The software cuts empty runs by up to 20 percent.',
    ],
    topics: ['b2b-sales', 'tech-architecture', 'partnerships'],
  },
  proptech: {
    oneLinersDe: [
      'Digitale Hausverwaltung für kleine Eigentümergemeinschaften',
      'Sanierungsfahrplan für Gründerzeit-Altbauten per Drohnenscan',
    ],
    oneLinersEn: [
      'Digital property management for small owner associations',
      'Renovation roadmaps for period buildings from a drone scan',
    ],
    detailsDe: [
      'In {city} verwalten bereits 40 Hausgemeinschaften ihre Immobilie mit der App.',
      'Wir berechnen Fördermittel und Kosten für jede Maßnahme automatisch.',
    ],
    detailsEn: [
      'Forty owner associations in {city} already manage their building with the app.',
      'We compute grants and costs for every measure automatically.',
    ],
    topics: ['go-to-market', 'pricing', 'marketing'],
  },
  edtech: {
    oneLinersDe: [
      'Lernplattform für Berufsschulen mit Aufgaben aus echten Betrieben',
      'Deutsch lernen für Pflegekräfte aus dem Ausland',
    ],
    oneLinersEn: [
      'A learning platform for vocational schools with tasks from real companies',
      'Workplace German for international care workers',
    ],
    detailsDe: [
      'Zwölf Berufsschulzentren in Sachsen setzen die Plattform im Unterricht ein.',
      'Die Inhalte entstehen mit Lehrkräften und Ausbildungsbetrieben aus {city}.',
    ],
    detailsEn: [
      'Twelve vocational school centres in Saxony use the platform in class.',
      'Content is written with teachers and training companies in {city}.',
    ],
    topics: ['public-funding', 'pricing', 'marketing'],
  },
  'agritech-food': {
    oneLinersDe: [
      'Regionale Lebensmittel direkt vom Hof in die Kantine',
      'Bodensensoren, die Bewässerung auf Sandböden steuern',
    ],
    oneLinersEn: [
      'Regional produce straight from the farm to the canteen',
      'Soil sensors that steer irrigation on sandy fields',
    ],
    detailsDe: [
      'Über 60 Höfe aus Nordsachsen liefern über unsere Plattform.',
      'Die Sensoren laufen fünf Jahre mit einer Batterie und funken über LoRaWAN.',
    ],
    detailsEn: [
      'More than 60 farms from northern Saxony deliver through our platform.',
      'The sensors run five years on one battery and transmit over LoRaWAN.',
    ],
    topics: ['go-to-market', 'partnerships', 'public-funding'],
  },
  'industry-4-0': {
    oneLinersDe: [
      'Vorausschauende Wartung für Werkzeugmaschinen im Mittelstand',
      'Digitaler Zwilling für Fertigungslinien in der Automobilzulieferung',
    ],
    oneLinersEn: [
      'Predictive maintenance for machine tools in mid-sized factories',
      'Digital twins for automotive supplier production lines',
    ],
    detailsDe: [
      'Unsere KI erkennt Lagerschäden Wochen bevor die Maschine ausfällt.',
      'Zulieferer im Raum {city} haben Stillstandzeiten um ein Drittel gesenkt.',
    ],
    detailsEn: [
      'Our AI spots bearing damage weeks before a machine fails.',
      'Suppliers around {city} have cut downtime by a third.',
    ],
    topics: ['b2b-sales', 'ai-ml', 'tech-architecture'],
  },
  'software-saas': {
    oneLinersDe: [
      'Schichtplanung als Software für Gastronomie und Einzelhandel',
      'Eine Plattform für barrierefreie Websites von Vereinen',
      'Vertragsmanagement mit KI für kleine Kanzleien',
    ],
    oneLinersEn: [
      'Shift planning software for restaurants and shops',
      'Accessibility checks for public-sector websites',
      'AI contract management for small law firms',
    ],
    detailsDe: [
      'Die Software läuft in der Cloud und ist in zehn Minuten eingerichtet.',
      'Kunden zahlen ein monatliches Abo pro Standort.',
      'Das Team entwickelt in {city} und arbeitet remote mit Kunden in ganz Deutschland.',
    ],
    detailsEn: [
      'The software runs in the cloud and takes ten minutes to set up.',
      'Customers pay a monthly subscription per location.',
      'The team builds the product in {city} and serves customers across Germany.',
    ],
    topics: ['pricing', 'go-to-market', 'b2b-sales'],
  },
  'ecommerce-retail': {
    oneLinersDe: [
      'Online-Marktplatz für Handwerk und Design aus Mitteldeutschland',
      'Mehrwegverpackungen für den Versandhandel',
    ],
    oneLinersEn: [
      'An online marketplace for crafts and design from central Germany',
      'Reusable packaging for online retailers',
    ],
    detailsDe: [
      'Mehr als 200 Manufakturen verkaufen über unseren Shop.',
      'Die Verpackungen werden in {city} gereinigt und bis zu 50-mal verwendet.',
    ],
    detailsEn: [
      'More than 200 makers sell through our shop.',
      'Packaging is cleaned in {city} and reused up to 50 times.',
    ],
    topics: ['marketing', 'pricing', 'finance'],
  },
  'media-creative': {
    oneLinersDe: [
      'Rechteverwaltung für unabhängige Musiklabels',
      'Virtuelle Rundgänge für Museen und Galerien',
    ],
    oneLinersEn: [
      'Rights management for independent music labels',
      'Virtual tours for museums and galleries',
    ],
    detailsDe: [
      'Entstanden in der Leipziger Musikszene, heute mit Labels aus ganz Europa.',
      'Drei Museen in {city} zeigen ihre Ausstellungen bereits virtuell.',
    ],
    detailsEn: [
      'Born in the Leipzig music scene, now working with labels across Europe.',
      'Three museums in {city} already show their exhibitions online.',
    ],
    topics: ['marketing', 'legal', 'internationalisation'],
  },
  govtech: {
    oneLinersDe: [
      'Bürgeranträge digital – vom Formular bis zum Bescheid',
      'Eine Plattform für Beteiligungsverfahren in Kommunen',
    ],
    oneLinersEn: [
      'Digital citizen applications, from form to decision',
      'A platform for public consultations in municipalities',
    ],
    detailsDe: [
      'Sieben Gemeinden im Landkreis Leipzig nutzen die Lösung produktiv.',
      'Die Software erfüllt das Onlinezugangsgesetz und läuft im kommunalen Rechenzentrum.',
    ],
    detailsEn: [
      'Seven municipalities in the Leipzig district use the product in production.',
      'The software complies with the Online Access Act and runs in municipal data centres.',
    ],
    topics: ['b2b-sales', 'data-protection', 'partnerships'],
  },
  'social-impact': {
    oneLinersDe: [
      'Jobs für Geflüchtete in Handwerksbetrieben vermitteln',
      'Nachbarschaftshilfe für ältere Menschen im Quartier',
    ],
    oneLinersEn: [
      'Matching refugees with apprenticeships in craft businesses',
      'Neighbourhood help for older people',
    ],
    detailsDe: [
      'Wir arbeiten mit Jobcentern und Handwerkskammern in {city} zusammen.',
      'Über 500 Vermittlungen in zwei Jahren, gefördert von Stiftungen.',
    ],
    detailsEn: [
      'We work with job centres and chambers of crafts in {city}.',
      'More than 500 placements in two years, funded by foundations.',
    ],
    topics: ['public-funding', 'partnerships', 'finance'],
  },
  deeptech: {
    oneLinersDe: [
      'Photonische Chips für energiesparende KI-Rechenzentren',
      'Quantensensoren für die zerstörungsfreie Materialprüfung',
    ],
    oneLinersEn: [
      'Photonic chips for energy-efficient AI data centres',
      'Quantum sensors for non-destructive materials testing',
    ],
    detailsDe: [
      'Ausgründung aus einem Forschungsinstitut in {city} mit sechs Patentfamilien.',
      'Der erste Demonstrator läuft bei einem Halbleiterhersteller im Silicon Saxony.',
    ],
    detailsEn: [
      'A spin-off of a research institute in {city} with six patent families.',
      'The first demonstrator runs at a chip maker in Silicon Saxony.',
    ],
    topics: ['ip-patents', 'fundraising', 'hiring'],
  },
  gaming: {
    oneLinersDe: [
      'Serious Games für die Ausbildung in der Pflege',
      'Ein Koop-Spiel über die Geschichte der Leipziger Messe',
    ],
    oneLinersEn: [
      'Serious games for training care workers',
      'A co-op game about the history of the Leipzig trade fair',
    ],
    detailsDe: [
      'Das Studio sitzt in {city} und hat zwei Titel auf Steam veröffentlicht.',
      'Gefördert von der Mitteldeutschen Medienförderung.',
    ],
    detailsEn: [
      'The studio is based in {city} and has shipped two titles on Steam.',
      'Funded by the regional media fund of central Germany.',
    ],
    topics: ['marketing', 'public-funding', 'internationalisation'],
  },
};

/** For sectors without hand-written texts. */
export const GENERIC_TEXTS: SectorTexts = {
  oneLinersDe: [
    'Eine Plattform für den Mittelstand in Mitteldeutschland',
    'Software, die Papierkram in Betrieben abschafft',
  ],
  oneLinersEn: [
    'A platform for small and mid-sized companies',
    'Software that removes paperwork from small firms',
  ],
  detailsDe: ['Die ersten Kunden kommen aus {city} und Umgebung.'],
  detailsEn: ['The first customers come from {city} and the surrounding region.'],
  topics: [],
};

/** Sentences about the team and what the startup needs, for any sector. */
export const TEAM_SENTENCES_DE: readonly string[] = [
  'Das Gründungsteam kommt aus {origin}.',
  'Wir sind {team} Leute und suchen Verstärkung im Vertrieb.',
  'Im nächsten Jahr wollen wir in Polen und Tschechien starten.',
  'Gesucht sind Mentorinnen und Mentoren mit Erfahrung im B2B-Vertrieb.',
  'Die Finanzierung kommt bisher aus einem EXIST-Stipendium und Eigenmitteln.',
  'Wir suchen eine Plattform-Partnerschaft mit einem etablierten Anbieter.',
];

export const TEAM_SENTENCES_EN: readonly string[] = [
  'The founding team comes from {origin}.',
  'We are a team of {team} and are hiring in sales.',
  'Next year we want to launch in Poland and the Czech Republic.',
  'We are looking for mentors with experience in B2B sales.',
  'So far we are funded by an EXIST grant and our own savings.',
  'We are looking for a platform partnership with an established vendor.',
];
