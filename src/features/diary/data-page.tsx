import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../../ui/use-hydrated';
import { downloadFile } from '../../ui/download-file';
import { paths } from '../../routing/paths';
import { Link } from '../../routing/router';
import { appStore } from '../../storage/app-store';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { ConfirmQuestion } from '../../ui/confirm-question';
import { Page } from '../../ui/page';
import { applyBackup, makeBackup, MAX_BACKUP_BYTES, parseBackup, type ImportProblem } from './backup';
import { diaryToCsv } from './csv';
import { dayKey } from './diary-days';
import { useDiaryFormat } from './use-diary-format';
import './diary.css';

type Message = { kind: 'ok' | 'error'; lines: string[] };

/** The message of the last action, shown in the section of that action. */
type PlacedMessage = Message & { place: 'import' | 'delete' };

type SectionProps = {
  /** False until React has the page: in the prerendered HTML a tap would do nothing. */
  enabled: boolean;
  /** The message of this section's last action, if the last action was here. */
  message: Message | null;
  /** A message answers the last thing the user did: every new action starts by clearing the old one. */
  onAction: () => void;
  onMessage: (message: Message) => void;
};

/** The user's data: CSV and JSON export, the printable overview, importing a backup, deleting everything. */
export function DataPage() {
  const { t } = useTranslation('diary');
  const hydrated = useHydrated();
  // One message at a time: a new action ends the situation an older message (a refused file, a
  // failed wipe) was about, so it goes.
  const [message, setMessage] = useState<PlacedMessage | null>(null);
  const section = (place: PlacedMessage['place']): SectionProps => ({
    enabled: hydrated,
    message: message?.place === place ? message : null,
    onAction: () => setMessage(null),
    onMessage: (next) => setMessage({ ...next, place }),
  });
  return (
    <Page title={t('data.title')} lead={t('data.lead')}>
      <ExportSection enabled={hydrated} onAction={() => setMessage(null)} />
      <ImportSection {...section('import')} />
      <DeleteSection {...section('delete')} />
    </Page>
  );
}

const today = () => dayKey(new Date().toISOString());

/** CSV for a spreadsheet, JSON as a backup, and the printable overview. */
function ExportSection({ enabled, onAction }: Pick<SectionProps, 'enabled' | 'onAction'>) {
  const { t } = useTranslation('diary');
  const format = useDiaryFormat();
  const diary = useStored(records.diary);

  const exportCsv = () => {
    // A byte order mark, so that Excel reads the Dutch letters (ë, é) as UTF-8.
    const csv = `\uFEFF${diaryToCsv(diary.value, {
      header: [
        t('data.csvHeader.episode'),
        t('data.csvHeader.iso'),
        t('data.csvHeader.dateTime'),
        t('data.csvHeader.pain'),
        t('data.csvHeader.place'),
        t('data.csvHeader.moment'),
        t('data.csvHeader.note'),
      ],
      location: format.place,
      moment: (m) => t(`moment.${m}`),
      dateTime: format.dateTime,
    })}`;
    downloadFile(t('data.csvFile', { date: today() }), 'text/csv;charset=utf-8', csv);
  };

  const exportJson = async () => {
    const backup = makeBackup(await appStore().exportAll(), new Date());
    downloadFile(t('data.jsonFile', { date: today() }), 'application/json', `${JSON.stringify(backup, null, 2)}\n`);
  };

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{t('data.exportTitle')}</h2>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            onAction();
            exportCsv();
          }}
          disabled={!enabled}
        >
          {t('data.exportCsv')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            onAction();
            void exportJson();
          }}
          disabled={!enabled}
        >
          {t('data.exportJson')}
        </button>
        <Link to={paths.diaryPrint} className="button">
          {t('data.toPrint')}
        </Link>
      </div>
      <p className="hint">{t('data.exportHint')}</p>
    </section>
  );
}

/** Why a file was refused, as a sentence. */
function problemText(t: TFunction<'diary'>, problem: ImportProblem): string {
  switch (problem.code) {
    case 'bad-entry':
      return t('data.problem.bad-entry', { number: problem.index + 1, field: t(`data.field.${problem.field}`) });
    case 'bad-record':
      return t('data.problem.bad-record', { part: problem.key });
    default:
      return t(`data.problem.${problem.code}`);
  }
}

/** What a patient wants to know after a restore; never "0 waarden toegevoegd". */
function importedLines(t: TFunction<'diary'>, added: number, skipped: number): string[] {
  if (added > 0)
    return [t('data.imported', { count: added }), ...(skipped > 0 ? [t('data.skipped', { count: skipped })] : [])];
  return [skipped > 0 ? t('data.nothingNew') : t('data.restoredNoValues')];
}

/** Restoring a backup file, checked completely before anything saved changes. */
function ImportSection({ enabled, message, onAction, onMessage }: SectionProps) {
  const { t } = useTranslation('diary');
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires a change again.
    event.target.value = '';
    if (!file) return;
    onAction();
    const fail = (line: string) => onMessage({ kind: 'error', lines: [line, t('data.importFailed')] });
    // Checked before reading: a huge file must not be pulled into memory at all.
    if (file.size > MAX_BACKUP_BYTES) return fail(problemText(t, { code: 'too-large' }));
    setBusy(true);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        return fail(t('data.problem.unreadable'));
      }
      const parsed = parseBackup(text);
      if (!parsed.ok) return fail(problemText(t, parsed.problem));
      const result = await applyBackup(appStore(), parsed.backup);
      onMessage({ kind: 'ok', lines: importedLines(t, result.added, result.skipped) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('data.importTitle')}</h2>
      <p>{t('data.importHint')}</p>
      <label htmlFor={inputId} className="button file-button">
        {t('data.importLabel')}
      </label>
      <input
        id={inputId}
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        disabled={!enabled}
        onChange={(event) => void importFile(event)}
      />
      <div role="status" aria-live="polite">
        {busy && <p>{t('data.importing')}</p>}
        {message && (
          <div className={message.kind === 'error' ? 'notice notice-strong' : 'notice'}>
            {message.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}

/** Deleting everything saved on this phone, asked once more. */
function DeleteSection({ enabled, message, onAction, onMessage }: SectionProps) {
  const { t } = useTranslation('diary');
  const deleteEverything = async () => {
    try {
      await appStore().deleteAll();
      onMessage({ kind: 'ok', lines: [t('data.deleted')] });
    } catch {
      onMessage({ kind: 'error', lines: [t('data.deleteFailed')] });
    }
  };
  return (
    <section className="card" aria-labelledby="delete-title">
      <h2 id="delete-title">{t('data.deleteTitle')}</h2>
      <p>{t('data.deleteHint')}</p>
      <ConfirmQuestion
        label={t('data.delete')}
        question={t('data.confirm')}
        yes={t('data.confirmYes')}
        no={t('data.confirmNo')}
        tone="danger"
        enabled={enabled}
        onAsk={onAction}
        onYes={deleteEverything}
      />
      <div role="status" aria-live="polite">
        {message && <p className="notice">{message.lines[0]}</p>}
      </div>
    </section>
  );
}
