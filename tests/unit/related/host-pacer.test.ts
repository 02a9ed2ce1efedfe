import { describe, expect, it } from 'vitest';
import { HostPacer } from '../../../utils/related/host-pacer';

describe('HostPacer', () => {
  it('hands out slots a second apart per host, host names in any case', () => {
    const p = new HostPacer(1000);
    expect(p.reserve('Council.gov.uk', 10_000)).toBe(0);
    expect(p.reserve('council.gov.uk', 10_000)).toBe(1000);
    expect(p.reserve('council.gov.uk', 10_500)).toBe(1500);
    expect(p.reserve('other.gov.uk', 10_500)).toBe(0);
    expect(p.reserve('council.gov.uk', 20_000)).toBe(0);
  });

  it('keeps its distance from a time noted elsewhere, never moving the clock back', () => {
    const p = new HostPacer(1000);
    p.note('council.gov.uk', 50_000);
    p.note('council.gov.uk', 40_000);
    expect(p.lastAt('council.gov.uk')).toBe(50_000);
    expect(p.reserve('council.gov.uk', 49_000)).toBe(2000);
  });
});
