import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiaryEntry } from '../../storage/records';
import { chartPoints, type ChartBox } from './diary-days';
import { useDiaryFormat } from './use-diary-format';

export type DiaryChartProps = {
  entries: readonly DiaryEntry[];
  /** The caption's heading level: 3 when the chart sits under an episode's heading. */
  level?: 2 | 3;
};

const W = 340;
const H = 250;
const BOX: ChartBox = { left: 60, right: W - 12, painTop: 14, painBottom: 124, locationTop: 160, locationBottom: 230 };

/**
 * Pain (top band, 0–10) and how far it reaches (bottom band, middle at the top) over time. The
 * picture is hidden from screen readers; the table below it holds the same values for everyone.
 */
export function DiaryChart({ entries, level = 2 }: DiaryChartProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const { t } = useTranslation('diary');
  const format = useDiaryFormat();
  const captionId = useId();
  const points = chartPoints(entries, BOX);
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const path = (key: 'painY' | 'locationY') =>
    points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p[key].toFixed(1)}`).join(' ');
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return (
    <figure className="diary-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <Heading>{t('page.chartTitle')}</Heading>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false" className="chart-svg">
        <ChartGrid />
        <text x={BOX.left} y={BOX.painTop - 2} className="chart-label">
          {t('page.chartPain')}
        </text>
        <text x={BOX.left} y={BOX.locationTop - 8} className="chart-label">
          {t('page.chartLocation')}
        </text>
        <text x={BOX.left - 8} y={BOX.locationTop + 5} textAnchor="end" className="chart-small">
          {t('page.chartTop')}
        </text>
        <text x={BOX.left - 8} y={BOX.locationBottom + 5} textAnchor="end" className="chart-small">
          {t('page.chartBottom')}
        </text>
        <path d={path('painY')} className="chart-line chart-pain" />
        <path d={path('locationY')} className="chart-line chart-location" />
        {points.map((p) => (
          <g key={p.id}>
            <circle cx={p.x} cy={p.painY} r={4.5} className="chart-dot chart-pain" />
            <rect x={p.x - 4} y={p.locationY - 4} width={8} height={8} className="chart-dot chart-location" />
          </g>
        ))}
        {first && last && (
          <>
            <text x={BOX.left} y={H - 2} className="chart-small">
              {format.shortDay(first.at)}
            </text>
            <text x={BOX.right} y={H - 2} textAnchor="end" className="chart-small">
              {format.shortDay(last.at)}
            </text>
          </>
        )}
      </svg>
      <DiaryTable entries={sorted} />
    </figure>
  );
}

/** The pain band's lines at 0, 5 and 10 with their numbers, and the reach band's top and bottom lines. */
function ChartGrid() {
  return (
    <g className="chart-grid">
      {[0, 5, 10].map((v) => {
        const y = BOX.painBottom - (v / 10) * (BOX.painBottom - BOX.painTop);
        return (
          <g key={v}>
            <line x1={BOX.left} x2={BOX.right} y1={y} y2={y} />
            <text x={BOX.left - 8} y={y + 5} textAnchor="end">
              {v}
            </text>
          </g>
        );
      })}
      {[0, 5].map((rank) => {
        const y = BOX.locationTop + (rank / 5) * (BOX.locationBottom - BOX.locationTop);
        return <line key={rank} x1={BOX.left} x2={BOX.right} y1={y} y2={y} />;
      })}
    </g>
  );
}

export type DiaryTableProps = { entries: readonly DiaryEntry[] };

/** Every value in a real table, oldest first: the chart's data for screen readers, and for print. */
export function DiaryTable({ entries }: DiaryTableProps) {
  const { t } = useTranslation('diary');
  const format = useDiaryFormat();
  return (
    <table className="diary-table">
      <caption>{t('page.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('page.time')}</th>
          <th scope="col">{t('page.pain')}</th>
          <th scope="col">{t('page.place')}</th>
          <th scope="col">{t('page.moment')}</th>
          <th scope="col">{t('page.note')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <th scope="row">{format.dateTime(e.at)}</th>
            <td>{e.pain}</td>
            <td>{format.place(e.location)}</td>
            <td>{t(`moment.${e.moment}`)}</td>
            <td>{e.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
