/**
 * Hand-written local colour for the demo data: where the startups sit and what they are called.
 * All names are invented; any likeness to a real company is accidental.
 */

/** Cities of the region with a weight (how many startups sit there). */
export const CITIES: ReadonlyArray<{ value: string; weight: number }> = [
  { value: 'Leipzig', weight: 55 },
  { value: 'Dresden', weight: 15 },
  { value: 'Halle (Saale)', weight: 12 },
  { value: 'Jena', weight: 10 },
  { value: 'Chemnitz', weight: 8 },
];

/** Places a founding team comes from, mentioned in descriptions. */
export const ORIGINS: readonly string[] = [
  'der Universität Leipzig',
  'der HHL Leipzig Graduate School of Management',
  'der HTWK Leipzig',
  'der TU Dresden',
  'der TU Chemnitz',
  'der Martin-Luther-Universität Halle-Wittenberg',
  'der Friedrich-Schiller-Universität Jena',
  'dem Leipziger Mittelstand',
  'der Spinnerei in Plagwitz',
  'dem Gründerzentrum am Alten Messegelände',
];

export const ORIGINS_EN: readonly string[] = [
  'Leipzig University',
  'HHL Leipzig Graduate School of Management',
  'HTWK Leipzig',
  'TU Dresden',
  'Chemnitz University of Technology',
  'Martin Luther University Halle-Wittenberg',
  'Friedrich Schiller University Jena',
  'Saxon family businesses',
  'the Spinnerei studios in Plagwitz',
  'the start-up centre at the old trade fair grounds',
];

/** Name parts: first halves drawn from the region, second halves from start-up naming habits. */
export const NAME_STEMS: readonly string[] = (
  'Auen Elster Pleiße Saale Mulde Parthe Linden Plagwitz Connewitz Gohlis Messe Bahnhof Kohle ' +
  'Spinnerei Baumwoll Buchdruck Notenspur Gewandhaus Karl Lipsia Sorben Erz Elbe Zwinger Kulkwitz ' +
  'Cospuden Markkleeberg Silber Glas Porzellan Licht Grün Daten Wolke Feld Hafen Kiez Bruch Wende Funk'
).split(' ');

export const NAME_ENDINGS: readonly string[] = (
  'werk labs flow hub logic kraft ly io mind bridge works box loop wise stack nest kit sense grid ' +
  'base ware craft lane port'
).split(' ');

export const LEGAL_FORMS: ReadonlyArray<{ value: string; weight: number }> = [
  { value: 'GmbH', weight: 50 },
  { value: 'UG (haftungsbeschränkt)', weight: 30 },
  { value: '', weight: 15 },
  { value: 'eG', weight: 5 },
];
