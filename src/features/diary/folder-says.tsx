import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import type { DiaryEntry } from '../../storage/records';
import { SectionCard } from '../../ui/section-card';
import { SourceNote } from '../../ui/source-note';
import { TextBlocks } from '../../ui/text-blocks';
import { compareEntries, textsFor } from './compare';
import { useDiaryFormat } from './use-diary-format';

export type FolderSaysProps = {
  before: DiaryEntry | undefined;
  after: DiaryEntry;
  /**
   * Show the research on centralisation in full (the first round where the pain moved towards the
   * middle); otherwise a link to it. The step back after a worse round is the page's own first action.
   */
  explainCentralisation?: boolean;
};

// The stop rules that answer "the pain moved into the leg or rose": back to lying on the belly,
// and avoid postures that move the pain towards the leg (content/nl/warnings.json).
const STOP_RULE_IDS = ['te-veel-klachten-terug-naar-buiklig', 'pijn-naar-het-been-vermijden'];

/**
 * After a session: the user's before and after values, and beside them the leaflet's words for that
 * moment. It describes what they noted and quotes the leaflet; it never judges.
 */
export function FolderSays({ before, after, explainCentralisation = true }: FolderSaysProps) {
  const { t } = useTranslation('diary');
  const { warnings, about } = useContent();
  const sourceLabel = useSourceLabel();
  const format = useDiaryFormat();
  if (!before) {
    return (
      <section className="card" aria-labelledby="folder-says-title">
        <h2 id="folder-says-title">{t('folder.title')}</h2>
        <p>{t('folder.noBefore')}</p>
      </section>
    );
  }
  const comparison = compareEntries(before, after);
  const texts = textsFor(comparison);
  const stopRules = warnings.stopRules.filter((rule) => STOP_RULE_IDS.includes(rule.id));
  return (
    <section className="card folder-says" aria-labelledby="folder-says-title">
      <h2 id="folder-says-title">{t('folder.title')}</h2>
      <p>{t('folder.yourValues', { before: format.value(before), after: format.value(after) })}</p>
      {comparison.furtherIntoLeg && <p>{t('folder.furtherIntoLeg')}</p>}
      {comparison.clearlyMorePain && <p>{t('folder.morePain', { count: comparison.painChange })}</p>}
      {comparison.towardsMiddle && <p>{t('folder.towardsMiddle')}</p>}
      {texts.length === 0 && <p>{t('folder.noRule')}</p>}
      {texts.includes('stop-rules') && (
        <div className="folder-quote" data-testid="folder-stop-rules">
          {stopRules.map((rule) => (
            <div key={rule.id}>
              <h3>{rule.title}</h3>
              <TextBlocks paragraphs={rule.paragraphs} items={rule.items} after={rule.after} />
              <SourceNote label={sourceLabel(rule.source)} />
            </div>
          ))}
        </div>
      )}
      {texts.includes('centralisation') &&
        (explainCentralisation ? (
          <SectionCard
            {...about.centralisationFacts}
            level={3}
            sourceLabel={sourceLabel(about.centralisationFacts.source)}
          />
        ) : (
          <p>
            <Link to={paths.mckenzie}>{t('folder.aboutCentralisation')}</Link>
          </p>
        ))}
      <p className="hint">{t('folder.decide')}</p>
    </section>
  );
}
