import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { InstallPromptSlot } from '../../pwa/install-prompt-slot';
import { dateFromKey } from '../../ui/format-time';
import { Page } from '../../ui/page';
import { SectionCard } from '../../ui/section-card';
import { ErrorLogSection } from './error-log-section';

/**
 * "Over deze app": what it is and is not, the evidence, privacy, every source, version and content date.
 * "Wat kunt u verwachten" is on the plan overview, where patients look for it.
 */
export function AboutPage() {
  const { t, i18n } = useTranslation('safety');
  const { about, warnings, sources, intro } = useContent();
  const sourceLabel = useSourceLabel();
  const contentDay = dateFromKey(intro.contentDate);
  const contentDate = contentDay
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(contentDay)
    : intro.contentDate;
  return (
    <Page title={t('about.title')}>
      {/* Every figure on McKenzie the app cites stands here together (the centralisation facts also
          sit on "Over McKenzie"): the evidence is stated in one place, modest as it is. */}
      {[about.whatItIs, warnings.disclaimer, about.evidence, about.centralisationFacts, about.privacy].map(
        (section) => (
          <SectionCard key={section.id} {...section} sourceLabel={sourceLabel(section.source)} />
        ),
      )}
      <section className="card" aria-labelledby="sources-title">
        <h2 id="sources-title">{t('about.sources')}</h2>
        <ul className="text-list source-list">
          {sources.sources.map((source) => (
            <li key={source.id} id={`source-${source.id}`}>
              {source.title}
            </li>
          ))}
        </ul>
      </section>
      <InstallPromptSlot />
      <ErrorLogSection />
      <p className="version">{t('about.version', { version: __APP_VERSION__, date: contentDate })}</p>
    </Page>
  );
}
