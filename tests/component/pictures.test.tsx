import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pictureIds } from '../../src/content/schema';
import { Picture } from '../../src/ui/pictures/picture';
import type { PillowCount } from '../../src/ui/pictures/picture-frame';

describe('Picture', () => {
  it.each(pictureIds)('draws %s as an image named by its title', (id) => {
    render(<Picture id={id} title={`Houding ${id}`} />);
    const image = screen.getByRole('img', { name: `Houding ${id}` });
    expect(image.tagName.toLowerCase()).toBe('svg');
    // Cropped to the drawing, never scaled: every figure has the same width, so the same size.
    const [, top, width, height] = (image.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(width).toBe(240);
    expect(top! + height!).toBeLessThanOrEqual(160);
    // Something is drawn, not just the title.
    expect(image.querySelectorAll('line, polyline, path, circle, rect').length).toBeGreaterThan(3);
  });

  it('gives every picture on a page its own title id', () => {
    render(
      <>
        <Picture id="prone-press-up" title="Eerste" />
        <Picture id="prone-press-up" title="Tweede" />
      </>,
    );
    const ids = ['Eerste', 'Tweede'].map((name) => screen.getByRole('img', { name }).getAttribute('aria-labelledby'));
    expect(ids[0]).toBeTruthy();
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('mirrors the adapted press-up: the pelvis shifts away from the side of the pain', () => {
    const { container } = render(
      <>
        <div data-testid="left">
          <Picture id="prone-press-up-shifted" side="left" title="Pijn links" />
        </div>
        <div data-testid="right">
          <Picture id="prone-press-up-shifted" side="right" title="Pijn rechts" />
        </div>
      </>,
    );
    const offset = (side: string) => {
      const svg = container.querySelector(`[data-testid="${side}"] svg`);
      const axisY = Number(svg?.querySelector('[data-part="axis"]')?.getAttribute('y1'));
      const pelvisY = Number(svg?.querySelector('[data-part="pelvis"]')?.getAttribute('data-y'));
      return pelvisY - axisY;
    };
    // Head to the right, face down: the person's right side is at the bottom (larger y).
    expect(offset('left')).toBeGreaterThan(0);
    expect(offset('right')).toBe(-offset('left'));
    const drawing = (name: string) => screen.getByRole('img', { name }).innerHTML.replace(/<title.*<\/title>/, '');
    expect(drawing('Pijn links')).not.toBe(drawing('Pijn rechts'));
  });

  it('marks the side of the pain opposite to where the pelvis goes, and the way it goes', () => {
    for (const side of ['left', 'right'] as const) {
      const { unmount } = render(<Picture id="prone-press-up-shifted" side={side} title={`Pijn ${side}`} />);
      const svg = screen.getByRole('img', { name: `Pijn ${side}` });
      const axisY = Number(svg.querySelector('[data-part="axis"]')?.getAttribute('y1'));
      const pelvisY = Number(svg.querySelector('[data-part="pelvis"]')?.getAttribute('data-y'));
      const painY = Number(svg.querySelector('[data-part="pain"]')?.getAttribute('data-y'));
      expect(Math.sign(painY - axisY)).toBe(-Math.sign(pelvisY - axisY));
      // Where the pelvis was, on the line of the body, and the arrow from there.
      expect(svg.querySelector('[data-part="pelvis-before"]')).not.toBeNull();
      expect(svg.querySelector('[data-part="shift-arrow"]')).not.toBeNull();
      unmount();
    }
  });

  it('tells step 2a (pillows under the belly) from step 2b (flat, breathing to relax)', () => {
    render(
      <>
        <Picture id="prone-pillows" pillows={2} title="2a" />
        <Picture id="prone-relaxed" title="2b" />
      </>,
    );
    const a = screen.getByRole('img', { name: '2a' });
    const b = screen.getByRole('img', { name: '2b' });
    expect(a.querySelectorAll('[data-part="pillow"]')).toHaveLength(2);
    expect(a.querySelectorAll('[data-part="breath"]')).toHaveLength(0);
    expect(b.querySelectorAll('[data-part="pillow"]')).toHaveLength(0);
    expect(b.querySelectorAll('[data-part="breath"]')).toHaveLength(3);
    // In 2b nothing of the body is in the accent colour: it would read as a pillow under the belly.
    expect(b.querySelector('[data-part="figure"] [style*="picture-accent"]')).toBeNull();
  });

  it.each([0, 1, 2, 3] satisfies PillowCount[])('draws %i pillows under the belly', (pillows) => {
    render(<Picture id="prone-pillows" pillows={pillows} title="Buiklig met kussens" />);
    const image = screen.getByRole('img', { name: 'Buiklig met kussens' });
    expect(image.querySelectorAll('[data-part="pillow"]')).toHaveLength(pillows);
  });

  it('draws two pillows when no count is given', () => {
    render(<Picture id="prone-pillows" title="Buiklig met kussens" />);
    expect(
      screen.getByRole('img', { name: 'Buiklig met kussens' }).querySelectorAll('[data-part="pillow"]'),
    ).toHaveLength(2);
  });

  it('raises the belly higher with more pillows', () => {
    const hipY = (pillows: PillowCount) => {
      const { unmount } = render(<Picture id="prone-pillows" pillows={pillows} title={`kussens ${pillows}`} />);
      const torso = screen.getByRole('img', { name: `kussens ${pillows}` }).querySelector('[data-part="torso"]');
      const y = Number(/^M[\d.]+,([\d.]+)/.exec(torso?.getAttribute('d') ?? '')?.[1]);
      unmount();
      return y;
    };
    const heights = ([0, 1, 2, 3] as const).map(hipY);
    expect(heights[0]).toBeGreaterThan(heights[1] as number);
    expect(heights[1]).toBeGreaterThan(heights[2] as number);
    expect(heights[2]).toBeGreaterThan(heights[3] as number);
  });
});
