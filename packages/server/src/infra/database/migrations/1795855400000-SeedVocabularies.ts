import type { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand: the default vocabularies. The terms are frozen here, not imported, because a
// migration must insert the same rows whenever it runs; admins edit the lists afterwards.
type Term = [key: string, labelDe: string, labelEn: string];

const TERMS: Record<'sectors' | 'topics' | 'stages' | 'languages', Term[]> = {
  sectors: [
    ['fintech', 'FinTech', 'Fintech'],
    ['healthtech', 'HealthTech / Digital Health', 'Healthtech / digital health'],
    ['medtech', 'Medizintechnik', 'Medtech'],
    ['biotech', 'Biotechnologie', 'Biotech'],
    ['cleantech-energy', 'Cleantech / Energie', 'Cleantech / energy'],
    ['mobility', 'Mobilität', 'Mobility'],
    ['logistics', 'Logistik', 'Logistics'],
    ['proptech', 'PropTech / Immobilien', 'Proptech / real estate'],
    ['edtech', 'EdTech / Bildung', 'Edtech / education'],
    ['agritech-food', 'AgriTech / Ernährung', 'Agritech / food'],
    ['industry-4-0', 'Industrie 4.0', 'Industry 4.0'],
    ['software-saas', 'Software / SaaS', 'Software / SaaS'],
    ['ecommerce-retail', 'E-Commerce / Handel', 'E-commerce / retail'],
    ['media-creative', 'Medien / Kreativwirtschaft', 'Media / creative industries'],
    ['govtech', 'GovTech / Verwaltung', 'Govtech / public sector'],
    ['social-impact', 'Social Impact', 'Social impact'],
    ['deeptech', 'DeepTech', 'Deep tech'],
    ['gaming', 'Games', 'Gaming'],
  ],
  topics: [
    ['fundraising', 'Finanzierung / Fundraising', 'Fundraising'],
    ['public-funding', 'Fördermittel', 'Public funding and grants'],
    ['pitching', 'Pitchen', 'Pitching'],
    ['pricing', 'Preisgestaltung', 'Pricing'],
    ['b2b-sales', 'B2B-Vertrieb', 'B2B sales'],
    ['marketing', 'Marketing', 'Marketing'],
    ['go-to-market', 'Markteinführung', 'Go-to-market'],
    ['product', 'Produktentwicklung', 'Product development'],
    ['ux', 'UX / Design', 'UX / design'],
    ['tech-architecture', 'Technische Architektur', 'Technical architecture'],
    ['ai-ml', 'KI / Machine Learning', 'AI / machine learning'],
    ['hiring', 'Recruiting / Team', 'Hiring / team'],
    ['leadership', 'Führung', 'Leadership'],
    ['legal', 'Recht', 'Legal'],
    ['ip-patents', 'Schutzrechte / Patente', 'IP / patents'],
    ['data-protection', 'Datenschutz', 'Data protection'],
    ['finance', 'Finanzplanung', 'Financial planning'],
    ['accounting', 'Buchhaltung / Steuern', 'Accounting / tax'],
    ['internationalisation', 'Internationalisierung', 'Internationalisation'],
    ['partnerships', 'Partnerschaften', 'Partnerships'],
  ],
  stages: [
    ['idea', 'Idee', 'Idea'],
    ['pre-seed', 'Pre-Seed', 'Pre-seed'],
    ['seed', 'Seed', 'Seed'],
    ['series-a', 'Series A', 'Series A'],
    ['growth', 'Wachstum', 'Growth'],
  ],
  languages: [
    ['de', 'Deutsch', 'German'],
    ['en', 'Englisch', 'English'],
    ['fr', 'Französisch', 'French'],
    ['es', 'Spanisch', 'Spanish'],
    ['it', 'Italienisch', 'Italian'],
    ['pl', 'Polnisch', 'Polish'],
    ['cs', 'Tschechisch', 'Czech'],
    ['uk', 'Ukrainisch', 'Ukrainian'],
    ['ru', 'Russisch', 'Russian'],
    ['tr', 'Türkisch', 'Turkish'],
    ['ar', 'Arabisch', 'Arabic'],
    ['vi', 'Vietnamesisch', 'Vietnamese'],
    ['zh', 'Chinesisch', 'Chinese'],
  ],
};

export class SeedVocabularies1795855400000 implements MigrationInterface {
  name = 'SeedVocabularies1795855400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [kind, terms] of Object.entries(TERMS)) {
      for (const [position, [key, labelDe, labelEn]] of terms.entries()) {
        await queryRunner.query(
          `INSERT INTO "vocabulary_terms" ("kind", "key", "label_de", "label_en", "position") VALUES ($1, $2, $3, $4, $5) ON CONFLICT ("kind", "key") DO NOTHING`,
          [kind, key, labelDe, labelEn, position],
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [kind, terms] of Object.entries(TERMS)) {
      await queryRunner.query(
        `DELETE FROM "vocabulary_terms" WHERE "kind" = $1 AND "key" = ANY($2)`,
        [kind, terms.map(([key]) => key)],
      );
    }
  }
}
