import type { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand: the region vocabulary, and the investors' free-text regions moved onto it.
// Like the other seeded vocabularies, the terms are frozen here (a migration must do the same
// whenever it runs); admins edit the tree afterwards.
type Region = [key: string, labelDe: string, labelEn: string, parent: string | null];

const REGIONS: Region[] = [
  ['europe', 'Europa', 'Europe', null],
  ['dach', 'DACH', 'DACH', 'europe'],
  ['germany', 'Deutschland', 'Germany', 'dach'],
  ['austria', 'Österreich', 'Austria', 'dach'],
  ['switzerland', 'Schweiz', 'Switzerland', 'dach'],
  // The Länder, the region's own first.
  ['sachsen', 'Sachsen', 'Saxony', 'germany'],
  ['sachsen-anhalt', 'Sachsen-Anhalt', 'Saxony-Anhalt', 'germany'],
  ['thueringen', 'Thüringen', 'Thuringia', 'germany'],
  ['berlin', 'Berlin', 'Berlin', 'germany'],
  ['brandenburg', 'Brandenburg', 'Brandenburg', 'germany'],
  ['mecklenburg-vorpommern', 'Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania', 'germany'],
  ['hamburg', 'Hamburg', 'Hamburg', 'germany'],
  ['bremen', 'Bremen', 'Bremen', 'germany'],
  ['schleswig-holstein', 'Schleswig-Holstein', 'Schleswig-Holstein', 'germany'],
  ['niedersachsen', 'Niedersachsen', 'Lower Saxony', 'germany'],
  ['nordrhein-westfalen', 'Nordrhein-Westfalen', 'North Rhine-Westphalia', 'germany'],
  ['hessen', 'Hessen', 'Hesse', 'germany'],
  ['rheinland-pfalz', 'Rheinland-Pfalz', 'Rhineland-Palatinate', 'germany'],
  ['saarland', 'Saarland', 'Saarland', 'germany'],
  ['baden-wuerttemberg', 'Baden-Württemberg', 'Baden-Württemberg', 'germany'],
  ['bayern', 'Bayern', 'Bavaria', 'germany'],
  // Cities; Berlin, Hamburg, Bremen and Wien are city and Land in one.
  ['leipzig', 'Leipzig', 'Leipzig', 'sachsen'],
  ['dresden', 'Dresden', 'Dresden', 'sachsen'],
  ['chemnitz', 'Chemnitz', 'Chemnitz', 'sachsen'],
  ['zwickau', 'Zwickau', 'Zwickau', 'sachsen'],
  ['freiberg', 'Freiberg', 'Freiberg', 'sachsen'],
  ['halle', 'Halle (Saale)', 'Halle (Saale)', 'sachsen-anhalt'],
  ['magdeburg', 'Magdeburg', 'Magdeburg', 'sachsen-anhalt'],
  ['jena', 'Jena', 'Jena', 'thueringen'],
  ['erfurt', 'Erfurt', 'Erfurt', 'thueringen'],
  ['weimar', 'Weimar', 'Weimar', 'thueringen'],
  ['ilmenau', 'Ilmenau', 'Ilmenau', 'thueringen'],
  ['potsdam', 'Potsdam', 'Potsdam', 'brandenburg'],
  ['cottbus', 'Cottbus', 'Cottbus', 'brandenburg'],
  ['rostock', 'Rostock', 'Rostock', 'mecklenburg-vorpommern'],
  ['kiel', 'Kiel', 'Kiel', 'schleswig-holstein'],
  ['hannover', 'Hannover', 'Hanover', 'niedersachsen'],
  ['braunschweig', 'Braunschweig', 'Brunswick', 'niedersachsen'],
  ['goettingen', 'Göttingen', 'Göttingen', 'niedersachsen'],
  ['koeln', 'Köln', 'Cologne', 'nordrhein-westfalen'],
  ['duesseldorf', 'Düsseldorf', 'Düsseldorf', 'nordrhein-westfalen'],
  ['dortmund', 'Dortmund', 'Dortmund', 'nordrhein-westfalen'],
  ['essen', 'Essen', 'Essen', 'nordrhein-westfalen'],
  ['bonn', 'Bonn', 'Bonn', 'nordrhein-westfalen'],
  ['aachen', 'Aachen', 'Aachen', 'nordrhein-westfalen'],
  ['muenster', 'Münster', 'Münster', 'nordrhein-westfalen'],
  ['frankfurt-am-main', 'Frankfurt am Main', 'Frankfurt', 'hessen'],
  ['darmstadt', 'Darmstadt', 'Darmstadt', 'hessen'],
  ['mainz', 'Mainz', 'Mainz', 'rheinland-pfalz'],
  ['saarbruecken', 'Saarbrücken', 'Saarbrücken', 'saarland'],
  ['stuttgart', 'Stuttgart', 'Stuttgart', 'baden-wuerttemberg'],
  ['karlsruhe', 'Karlsruhe', 'Karlsruhe', 'baden-wuerttemberg'],
  ['mannheim', 'Mannheim', 'Mannheim', 'baden-wuerttemberg'],
  ['heidelberg', 'Heidelberg', 'Heidelberg', 'baden-wuerttemberg'],
  ['freiburg', 'Freiburg im Breisgau', 'Freiburg', 'baden-wuerttemberg'],
  ['muenchen', 'München', 'Munich', 'bayern'],
  ['nuernberg', 'Nürnberg', 'Nuremberg', 'bayern'],
  ['augsburg', 'Augsburg', 'Augsburg', 'bayern'],
  ['wuerzburg', 'Würzburg', 'Würzburg', 'bayern'],
  ['regensburg', 'Regensburg', 'Regensburg', 'bayern'],
  ['wien', 'Wien', 'Vienna', 'austria'],
  ['graz', 'Graz', 'Graz', 'austria'],
  ['linz', 'Linz', 'Linz', 'austria'],
  ['salzburg', 'Salzburg', 'Salzburg', 'austria'],
  ['innsbruck', 'Innsbruck', 'Innsbruck', 'austria'],
  ['zuerich', 'Zürich', 'Zurich', 'switzerland'],
  ['basel', 'Basel', 'Basel', 'switzerland'],
  ['bern', 'Bern', 'Bern', 'switzerland'],
  ['genf', 'Genf', 'Geneva', 'switzerland'],
  ['lausanne', 'Lausanne', 'Lausanne', 'switzerland'],
  // Europe beyond DACH, with the capitals startups most often name.
  ['france', 'Frankreich', 'France', 'europe'],
  ['paris', 'Paris', 'Paris', 'france'],
  ['netherlands', 'Niederlande', 'Netherlands', 'europe'],
  ['amsterdam', 'Amsterdam', 'Amsterdam', 'netherlands'],
  ['belgium', 'Belgien', 'Belgium', 'europe'],
  ['luxembourg', 'Luxemburg', 'Luxembourg', 'europe'],
  ['poland', 'Polen', 'Poland', 'europe'],
  ['warschau', 'Warschau', 'Warsaw', 'poland'],
  ['czechia', 'Tschechien', 'Czechia', 'europe'],
  ['prag', 'Prag', 'Prague', 'czechia'],
  ['denmark', 'Dänemark', 'Denmark', 'europe'],
  ['sweden', 'Schweden', 'Sweden', 'europe'],
  ['italy', 'Italien', 'Italy', 'europe'],
  ['spain', 'Spanien', 'Spain', 'europe'],
  ['united-kingdom', 'Vereinigtes Königreich', 'United Kingdom', 'europe'],
  ['london', 'London', 'London', 'united-kingdom'],
  ['ireland', 'Irland', 'Ireland', 'europe'],
];

// Spellings that were in use as free text besides the keys and labels. "Mitteldeutschland" is the
// three Länder of central Germany, so it becomes three keys.
const SPELLINGS: Record<string, string[]> = {
  eu: ['europe'],
  europaweit: ['europe'],
  'd a ch': ['dach'],
  de: ['germany'],
  brd: ['germany'],
  bundesweit: ['germany'],
  'ganz deutschland': ['germany'],
  at: ['austria'],
  ch: ['switzerland'],
  mitteldeutschland: ['sachsen', 'sachsen-anhalt', 'thueringen'],
  'central germany': ['sachsen', 'sachsen-anhalt', 'thueringen'],
  nrw: ['nordrhein-westfalen'],
  bw: ['baden-wuerttemberg'],
};

// A frozen copy of how the app compares place names, so that this migration maps the same
// spellings whenever it runs: case, accents, umlauts (also written out) and punctuation do not count.
function fold(name: string, spellOutUmlauts = false): string {
  const spelled = spellOutUmlauts
    ? name.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue')
    : name;
  return spelled
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function spellings(): Map<string, string[]> {
  const known = new Map<string, string[]>();
  for (const [key, labelDe, labelEn] of REGIONS) {
    for (const name of [key, labelDe, labelEn]) {
      known.set(fold(name), [key]);
      known.set(fold(name, true), [key]);
    }
  }
  for (const [spelling, keys] of Object.entries(SPELLINGS)) known.set(fold(spelling), keys);
  return known;
}

interface InvestorRegions {
  id: string;
  regions: string[];
}

export class SeedRegions1796608369839 implements MigrationInterface {
  name = 'SeedRegions1796608369839';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [position, [key, labelDe, labelEn, parent]] of REGIONS.entries()) {
      await queryRunner.query(
        `INSERT INTO "vocabulary_terms" ("kind", "key", "label_de", "label_en", "position", "parent")
         VALUES ('regions', $1, $2, $3, $4, $5) ON CONFLICT ("kind", "key") DO NOTHING`,
        [key, labelDe, labelEn, position, parent],
      );
    }
    const known = spellings();
    const investors = (await queryRunner.query(
      `SELECT "id", "regions" FROM "investors" WHERE cardinality("regions") > 0`,
    )) as InvestorRegions[];
    for (const investor of investors) {
      const keys = new Set<string>();
      const unmapped: string[] = [];
      for (const text of investor.regions) {
        const mapped = known.get(fold(text)) ?? known.get(fold(text, true));
        if (mapped) mapped.forEach((key) => keys.add(key));
        else if (fold(text) && !unmapped.includes(text.trim())) unmapped.push(text.trim());
      }
      await queryRunner.query(
        `UPDATE "investors" SET "regions" = $2, "unmapped_regions" = $3 WHERE "id" = $1`,
        [investor.id, [...keys], unmapped],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Back to free text: the keys as they were stored, with the unmapped texts after them.
    await queryRunner.query(
      `UPDATE "investors" SET "regions" = "regions" || "unmapped_regions", "unmapped_regions" = '{}'`,
    );
    await queryRunner.query(`DELETE FROM "vocabulary_terms" WHERE "kind" = 'regions'`);
  }
}
