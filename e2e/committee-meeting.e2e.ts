import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toBangkokIsoDate } from '../domain/thai/bangkok-time.js';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { pickToday } from './support/planning.js';

const journey = setupJourney();

// Today's meeting, numbered in today's Buddhist year; the demo กรอ.จังหวัด has no meeting yet.
const TODAY = toBangkokIsoDate(new Date());
const MEETING = `1/${Number(TODAY.slice(0, 4)) + 543}`;
const ITEM = 'ข้อเสนอของภาคเอกชนด้านการท่องเที่ยว (e2e)';
const RESOLUTION = 'ที่ประชุมรับทราบและมอบสำนักงานจังหวัดประสานต่อ (e2e)';

async function expectAccessible(page: Page): Promise<void> {
  expect(await blockingViolations(page)).toEqual([]);
}

describe('committee meeting', () => {
  it('the head creates a meeting, builds its agenda, records a resolution and gets the minutes', async () => {
    const head = await journey.newPage();
    await login(head, 'head.korat');
    await head.goto('/committees');
    await head.getByRole('heading', { level: 1 }).waitFor();
    await head.getByTestId('meeting-calendar').waitFor();
    await expectAccessible(head);
    await head.getByRole('link', { name: /กรอ\.จังหวัด/ }).click();
    await head.waitForURL((location) => location.pathname.startsWith('/committees/'));
    await head.getByTestId('meeting-no').waitFor();
    await expectAccessible(head);
    // The member form opens from the committee page (the term rule's warning is covered by the API tests).
    await head.getByTestId('add-member').click();
    await head.getByTestId('member-name').waitFor();
    await expectAccessible(head);
    await head.getByRole('button', { name: 'ยกเลิก', exact: true }).click();

    await head.getByTestId('meeting-no').fill(MEETING.replace('1/', '๑/'));
    await pickToday(head, 'meeting-date');
    await head.getByTestId('create-meeting').click();
    await head.waitForURL((location) => location.pathname.startsWith('/meetings/'));
    await head.getByTestId('build-agenda').click();
    await head.getByTestId('agenda-item-title').fill(ITEM);
    await head.getByTestId('add-agenda-item').click();
    await expect.poll(() => head.locator('main').textContent(), { timeout: 15_000 }).toContain(ITEM);
    await expectAccessible(head);

    await head.getByTestId('mark-held').click();
    await head.getByTestId('record-resolution').click();
    await head.getByTestId('resolution-kind').click();
    await head.getByTitle('รับทราบ').click();
    await head.getByTestId('resolution-text').fill(RESOLUTION);
    await head.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect
      .poll(() => head.getByTestId('resolution').textContent(), { timeout: 15_000 })
      .toContain(RESOLUTION);
    await expectAccessible(head);

    const href = await head.getByTestId('minutes-pdf').getAttribute('href');
    const minutes = await head.request.get(new URL(href ?? '', head.url()).toString());
    expect(minutes.status()).toBe(200);
    expect(minutes.headers()['content-type']).toBe('application/pdf');
    const docxHref = await head.getByTestId('minutes-docx').getAttribute('href');
    const docx = await head.request.get(new URL(docxHref ?? '', head.url()).toString());
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-disposition']).toContain('.docx');
    await head.getByTestId('upload-signed').waitFor();
  });
});
