import { useTranslation } from 'react-i18next';
import { useContent, useSourceLabel } from '../../content/use-content';
import { SectionCard } from '../../ui/section-card';
import { SourceNote } from '../../ui/source-note';
import { TextBlocks } from '../../ui/text-blocks';
import { formatTimeOfDay } from '../../ui/format-time';
import { useHydrated } from '../../ui/use-hydrated';
import { useNow } from '../../ui/use-now';
import { CALL_TARGETS, callOrder, type CallOrder } from './call-order';
import type { SavedContacts, SavedNumber } from './use-contacts';
import './safety.css';

type Who = keyof SavedContacts;

/** How often the clock line is refreshed while the list is on screen: the order can change at 08:00 and 17:00. */
const CLOCK_REFRESH_MS = 30_000;

export type AlarmListProps = {
  /** The user's saved numbers; a call link appears for each one that is saved and valid. */
  contacts: SavedContacts;
};

/**
 * The alarm symptoms by urgency, each group with what to do and the numbers to call, then the
 * niet-pluisgevoel note. One fixed list for everyone, shared by the alarm page and the first-start
 * screen so the two can never drift apart.
 */
export function AlarmList({ contacts }: AlarmListProps) {
  const { t } = useTranslation('safety');
  const { warnings } = useContent();
  const sourceLabel = useSourceLabel();
  const { alarm } = warnings;
  return (
    <>
      <TextBlocks paragraphs={alarm.paragraphs} />
      {alarm.groups.map((group) => {
        const target = CALL_TARGETS[group.urgency];
        return (
          <section
            key={group.id}
            id={group.id}
            className={`card alarm-group alarm-${group.urgency}`}
            aria-labelledby={`${group.id}-title`}
          >
            <p className="eyebrow">{t(`alarm.urgency.${group.urgency}`)}</p>
            <h2 id={`${group.id}-title`}>{group.title}</h2>
            <p className="alarm-action">{group.action}</p>
            {target === 'by-clock' ? (
              <CallsByClock contacts={contacts} />
            ) : (
              <div className="call-links">
                {target === '112' && (
                  <a href="tel:112" className="button button-danger">
                    {t('alarm.call112')}
                  </a>
                )}
                {target === 'huisarts' && <CallLink who="huisarts" saved={contacts.huisarts} />}
              </div>
            )}
            <ul className="text-list symptom-list">
              {group.symptoms.map((symptom) => (
                <li key={symptom.id} id={symptom.id}>
                  {symptom.text} <span className="source-inline">({sourceLabel(symptom.source)})</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <SectionCard {...alarm.note} sourceLabel={sourceLabel(alarm.note.source)} />
      <SourceNote label={sourceLabel(alarm.source)} />
    </>
  );
}

/**
 * The huisarts and the huisartsenpost in the order the phone's clock gives, with the line that says
 * why. The prerendered HTML is made at build time, whose clock means nothing to the user: the order
 * follows the phone's clock from the first render in the browser. Its own component, so that the
 * re-render when React has taken over the page is this small part, not the whole list.
 */
function CallsByClock({ contacts }: AlarmListProps) {
  const hydrated = useHydrated();
  const now = useNow(hydrated, CLOCK_REFRESH_MS);
  const order = hydrated ? callOrder(now) : undefined;
  return (
    <>
      {order && <ClockLine order={order} now={now} />}
      <div className="call-links">
        {(order ? [order.first, order.second] : (['huisarts', 'huisartsenpost'] as const)).map((who, i) => (
          <CallLink key={who} who={who} saved={contacts[who]} first={order !== undefined && i === 0} />
        ))}
      </div>
    </>
  );
}

type ClockLineProps = { order: CallOrder; now: Date };

/**
 * "Het is 22:15, buiten kantoortijd: eerst de huisartsenpost." Which number is on top and why,
 * from the phone's clock. It says what comes first, never that a call is not needed.
 */
function ClockLine({ order, now }: ClockLineProps) {
  const { t, i18n } = useTranslation('safety');
  const time = formatTimeOfDay(now, i18n.language);
  const text =
    order.reason === 'holiday' && order.holiday
      ? t('alarm.clock.holiday', { holiday: t(`alarm.clock.holidays.${order.holiday}`) })
      : order.reason === 'weekend'
        ? t('alarm.clock.weekend', { day: t(now.getDay() === 0 ? 'alarm.clock.sunday' : 'alarm.clock.saturday'), time })
        : order.reason === 'evening-or-night'
          ? t('alarm.clock.evening-or-night', { time })
          : t('alarm.clock.practice-hours', { time });
  return (
    <div className="clock-line">
      <p className="clock-order">{text}</p>
      <p className="hint">{t('alarm.clock.note')}</p>
    </div>
  );
}

type CallLinkProps = { who: Who; saved: SavedNumber | undefined; first?: boolean };

/** "Bel uw huisarts 020 123 4567" as one big tap target, only for a saved, valid number. */
function CallLink({ who, saved, first = false }: CallLinkProps) {
  const { t } = useTranslation('safety');
  if (!saved?.number) return null;
  const label = who === 'huisarts' ? t('alarm.callHuisarts') : t('alarm.callHuisartsenpost');
  return (
    <a href={saved.number.href} className={first ? 'button button-primary call-link' : 'button call-link'}>
      <span>{label}</span> <span className="call-number">{saved.number.display}</span>
    </a>
  );
}
