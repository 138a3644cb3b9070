import type { Bilingual } from '../../../../domain/common/bilingual.js';
import type { PortalLanguage } from '../../../../domain/portal/words.js';
import { html } from '../../../platform/pdf/html.js';
import { portalHref, renderPage, wordsOf } from './layout.js';

export type NeedFormData = {
  province: { code: string; name: string };
  areas: { code: string; name: string; level: string }[];
  dimensions: { id: number; name: string }[];
  challenge: { id: string; question: Bilingual };
  values: Record<string, string>;
  errors: { field: string; message: string }[];
};

/** The citizen's need form: a plain POST form that works without JavaScript. */
export function needFormView(data: NeedFormData, lang: PortalLanguage): string {
  const t = wordsOf(lang);
  const path = `/portal/provinces/${data.province.code}/needs/new`;
  const value = (name: string) => data.values[name] ?? '';
  const option = (code: string, label: string, selected: string) =>
    html`<option value="${code}" ${code === selected ? html` selected` : ''}>${label}</option>`;
  const body = html`<p>
      <a href="${portalHref(`/portal/provinces/${data.province.code}`, lang)}">${data.province.name}</a>
    </p>
    <h1>${t('raiseNeed')}</h1>
    <p>${t('raiseNeedIntro')}</p>
    ${
      data.errors.length
        ? html`<div class="card errors" role="alert">
            <p><strong>${t('formErrors')}</strong></p>
            <ul>
              ${data.errors.map((error) => html`<li>${error.message}</li>`)}
            </ul>
          </div>`
        : ''
    }
    <form method="post" action="/portal/provinces/${data.province.code}/needs" class="card">
      <input type="hidden" name="challengeId" value="${data.challenge.id}" />
      <input type="hidden" name="lang" value="${lang}" />
      <label for="areaCode">${t('needArea')}</label>
      <select id="areaCode" name="areaCode" required>
        ${option('', t('choose'), value('areaCode'))}${data.areas.map((area) =>
          option(area.code, area.level === 'subdistrict' ? `— ${area.name}` : area.name, value('areaCode')),
        )}
      </select>
      <label for="title">${t('needTitle')}</label>
      <input id="title" name="title" required minlength="5" maxlength="300" value="${value('title')}" />
      <label for="description">${t('needDescription')}</label>
      <textarea id="description" name="description" rows="4" maxlength="3000">
${value('description')}</textarea>
      <label for="dimensionId">${t('needDimension')}</label>
      <select id="dimensionId" name="dimensionId" required>
        ${option('', t('choose'), value('dimensionId'))}${data.dimensions.map((dimension) =>
          option(String(dimension.id), dimension.name, value('dimensionId')),
        )}
      </select>
      <label for="households">${t('needHouseholds')}</label>
      <input
        id="households"
        name="households"
        inputmode="numeric"
        pattern="[0-9]*"
        value="${value('households')}"
      />
      <label for="people">${t('needPeople')}</label>
      <input id="people" name="people" inputmode="numeric" pattern="[0-9]*" value="${value('people')}" />
      <div class="trap" aria-hidden="true">
        <label for="website">${t('leaveEmpty')}</label>
        <input id="website" name="website" tabindex="-1" autocomplete="off" />
      </div>
      <label for="answer">${t('challenge')}: ${data.challenge.question[lang]}</label>
      <input id="answer" name="answer" inputmode="numeric" required maxlength="10" autocomplete="off" />
      <p><button type="submit">${t('send')}</button></p>
    </form>`;
  return renderPage({ lang, title: t('raiseNeed'), path, body });
}

export function needThanksView(
  receipt: { referenceNo: string; provinceCode: string },
  lang: PortalLanguage,
): string {
  const t = wordsOf(lang);
  const body = html`<h1>${t('thanks')}</h1>
    <p>${t('thanksText')}</p>
    <p class="card">${t('reference')}: <strong>${receipt.referenceNo}</strong></p>
    <p>
      <a href="${portalHref(`/portal/provinces/${receipt.provinceCode}`, lang)}">${t('backToProvince')}</a>
    </p>`;
  return renderPage({ lang, title: t('thanks'), path: `/portal/provinces/${receipt.provinceCode}`, body });
}
