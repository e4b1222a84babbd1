// @vitest-environment node
import { describe, expect, test, vi } from 'vitest';
import { pickLocalVoice } from '../../src/cues/speech-player';
import { createTonePlayer, cueNotes } from '../../src/cues/tone-player';

const voice = (lang: string, localService: boolean, name = lang) => ({ lang, localService, name });

describe('choosing a voice', () => {
  test('Dutch: only a local nl-NL voice, never a network voice or Flemish', () => {
    expect(pickLocalVoice([voice('nl-NL', false), voice('nl-BE', true)], 'nl')).toBeUndefined();
    expect(pickLocalVoice([voice('nl-NL', false, 'net'), voice('nl_NL', true, 'phone')], 'nl')?.name).toBe('phone');
  });

  test('English: a local English voice, British first; none without one', () => {
    expect(pickLocalVoice([voice('en-US', true), voice('en-GB', true)], 'en')?.lang).toBe('en-GB');
    expect(pickLocalVoice([voice('en-US', true)], 'en')?.lang).toBe('en-US');
    expect(pickLocalVoice([voice('en-GB', false), voice('nl-NL', true)], 'en')).toBeUndefined();
  });
});

describe('tones', () => {
  function fakeContext(state: AudioContextState = 'running') {
    const started: number[] = [];
    const param = () => ({
      value: 0,
      setValueAtTime: vi.fn(),
      linearRampToValueAtTime: vi.fn(),
      exponentialRampToValueAtTime: vi.fn(),
    });
    const context = {
      state,
      currentTime: 0,
      destination: {},
      resume: vi.fn(() => Promise.resolve()),
      close: vi.fn(() => Promise.resolve()),
      createGain: () => ({ gain: param(), connect: (n: unknown) => n }),
      createOscillator: () => {
        const o = {
          type: '',
          frequency: param(),
          connect: (n: unknown) => n,
          start: () => started.push(o.frequency.value),
          stop: vi.fn(),
        };
        return o;
      },
    };
    return { context, started };
  }

  test('silent until primed by a tap; then each cue plays its own notes', () => {
    const { context, started } = fakeContext();
    const create = vi.fn(() => context as never);
    const player = createTonePlayer(create);
    player.play('start');
    expect(create).not.toHaveBeenCalled();
    expect(started).toEqual([]);

    player.prime();
    player.prime();
    expect(create).toHaveBeenCalledTimes(1); // one audio context, reused
    player.play('done');
    expect(started).toEqual(cueNotes.done.map((n) => n.hz));
  });

  test('a suspended context is resumed by prime, and the tone waits for it', async () => {
    const { context, started } = fakeContext('suspended');
    context.resume.mockImplementation(() => {
      context.state = 'running';
      return Promise.resolve();
    });
    const player = createTonePlayer(() => context as never);
    player.prime();
    expect(context.resume).toHaveBeenCalled();
    context.state = 'suspended';
    player.play('minute');
    await vi.waitFor(() => expect(started).toEqual([cueNotes.minute[0]!.hz]));
  });

  test('without Web Audio nothing breaks', () => {
    const player = createTonePlayer(() => null);
    player.prime();
    expect(() => player.play('start')).not.toThrow();
  });
});
