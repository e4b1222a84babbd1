import { vi } from 'vitest';

/** A stand-in for the Web Audio API that records the notes played (jsdom has none). */
export function installFakeAudio() {
  const played: number[] = [];
  let contexts = 0;
  const param = () => ({
    value: 0,
    setValueAtTime: vi.fn(),
    linearRampToValueAtTime: vi.fn(),
    exponentialRampToValueAtTime: vi.fn(),
  });
  class FakeAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    constructor() {
      contexts++;
    }
    resume() {
      return Promise.resolve();
    }
    close() {
      return Promise.resolve();
    }
    createGain() {
      return { gain: param(), connect: (node: unknown) => node };
    }
    createOscillator() {
      const oscillator = {
        type: 'sine',
        frequency: param(),
        connect: (node: unknown) => node,
        start: () => played.push(oscillator.frequency.value),
        stop: vi.fn(),
      };
      return oscillator;
    }
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  return { notes: () => [...played], contexts: () => contexts };
}
