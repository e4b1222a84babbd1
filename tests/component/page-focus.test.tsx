import { act, render, screen } from '@testing-library/react';
import { Suspense, use } from 'react';
import { describe, expect, test } from 'vitest';
import { Page } from '../../src/ui/page';

/** A part of a page that, like the diary's days after the stored read, waits for something to load. */
function Later({ text }: { text: Promise<string> | null }) {
  return text ? <p>{use(text)}</p> : null;
}

function Screen({ text }: { text: Promise<string> | null }) {
  return (
    <>
      <button type="button">Elders</button>
      <Suspense fallback={null}>
        <Page title="Pijndagboek">
          <Later text={text} />
        </Page>
      </Suspense>
    </>
  );
}

function deferred() {
  let resolve: (value: string) => void = () => undefined;
  const promise = new Promise<string>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the heading of a page hidden for a moment while a part of it loads (issue 14)', () => {
  test('takes back the focus the browser dropped when the page was hidden', async () => {
    const view = render(<Screen text={null} />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Pijndagboek' });
    expect(heading).toHaveFocus();
    const load = deferred();
    // Awaited: React resumes a render that suspended inside act only when the act is awaited.
    await act(async () => view.rerender(<Screen text={load.promise} />));
    // What a browser does with the focus of an element that display: none hides (jsdom does not).
    expect(heading.closest('article')).not.toBeVisible();
    act(() => heading.blur());
    expect(document.body).toHaveFocus();
    await act(async () => load.resolve('3 waarden'));
    expect(await screen.findByText('3 waarden')).toBeVisible();
    expect(heading).toHaveFocus();
  });

  test('leaves a focus the user moved elsewhere where it is', async () => {
    const view = render(<Screen text={null} />);
    const load = deferred();
    await act(async () => view.rerender(<Screen text={load.promise} />));
    const elsewhere = screen.getByRole('button', { name: 'Elders' });
    act(() => elsewhere.focus());
    await act(async () => load.resolve('3 waarden'));
    expect(await screen.findByText('3 waarden')).toBeVisible();
    expect(elsewhere).toHaveFocus();
  });
});
