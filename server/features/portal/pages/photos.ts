import type { PortalLanguage, PortalWord } from '../../../../domain/portal/words.js';
import { THUMBNAIL_EDGE } from '../../../../domain/common/photo.js';
import type { PhotoPhase } from '../../../../domain/results/evidence.js';
import { fiscalYearText } from '../../../../domain/thai/be-year.js';
import { html, type SafeHtml } from '../../../platform/pdf/html.js';
import type { PortalPhoto } from '../photos.js';
import { wordsOf } from './layout.js';

const PHASE_WORDS: Record<PhotoPhase, PortalWord> = {
  before: 'phaseBefore',
  during: 'phaseDuring',
  after: 'phaseAfter',
};

/** The photos of a project's results, each with what it shows and its quarter (the alt text too). */
export function photoGallery(photos: readonly PortalPhoto[], lang: PortalLanguage): SafeHtml {
  const t = wordsOf(lang);
  if (photos.length === 0) {
    return html`<p>${t('noPhotos')}</p>`;
  }
  return html`<p class="hint">${t('photoNote')}</p>
    <div class="photos">
      ${photos.map((photo) => {
        const when = `${t('quarter')} ${photo.quarter} · ${fiscalYearText(photo.fiscalYear, lang)}`;
        const what = [photo.phase ? t(PHASE_WORDS[photo.phase]) : t('photo'), photo.caption]
          .filter(Boolean)
          .join(': ');
        return html`<figure>
          <img
            src="/portal/photos/${photo.id}"
            alt="${what}"
            loading="lazy"
            decoding="async"
            width="${THUMBNAIL_EDGE}"
            height="${(THUMBNAIL_EDGE * 3) / 4}"
          />
          <figcaption>${what}<br /><span class="hint">${when}</span></figcaption>
        </figure>`;
      })}
    </div>`;
}
