// Keying under a survey's explicit serial range, end to end: the office sets unit 07's range to its own numbering
// (12001–12045), the phone stores the survey at sign-in, and the keying screen reads the range from it: a
// five-digit serial of the range is keyed (the default scheme would refuse it as another unit's), one past it is
// warned about, and a serial in the range goes on to the first question.
import { describe, expect, it } from 'vitest';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { settingsOf } from '#shared/survey/settings.ts';
import { loadSurveyWithState, updateSettings } from '#server/services/survey-setup.ts';
import { PAPER_UNIT_NO } from '../helpers/paper-forms.ts';
import { useBrowserHarness } from './support/harness.ts';
import { HomePage } from './pages/HomePage.ts';
import { PaperKeyingPage } from './pages/PaperKeyingPage.ts';

const SLUG = hungYen2026.survey.slug;

const h = useBrowserHarness({
  timeout: 20_000,
  prepare: (server) => {
    const { survey } = loadSurveyWithState(server.db, SLUG);
    updateSettings(server.db, SLUG, { ...settingsOf(survey), serialRanges: { [PAPER_UNIT_NO]: { first: '12001', last: '12045' } } });
  },
});

describe('paper keying under an explicit serial range', () => {
  it('keys a serial of the range, warns about one past it, from the survey the phone stored', async () => {
    const page = h.page;
    await h.signIn('dtv04', page);
    const home = await new HomePage(page, h.baseUrl).waitUntilShown();
    await home.startPaperKeying(PAPER_UNIT_NO);
    const keyer = await new PaperKeyingPage(page).waitForSlot('serial');
    await keyer.keys(['1', '2', '0', '4', '6']);
    await keyer.slotError().waitFor();
    expect(await keyer.slotError().textContent()).toContain('Số phiếu 12046 nằm ngoài dãy số của đơn vị 07');
    await keyer.keys(['Backspace', '5']);
    await keyer.waitForSlot('c1');
    expect(await keyer.slotError().count()).toBe(0);
  });
});
