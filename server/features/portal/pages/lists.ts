import type { OpenProject } from '../../../../domain/open-data/datasets.js';
import { bahtText, dateText } from '../../../../domain/portal/format.js';
import type { PortalLanguage } from '../../../../domain/portal/words.js';
import { bePeriodText } from '../../../../domain/thai/be-year.js';
import { OPEN_DATASET_NAMES } from '../../../../domain/open-data/datasets.js';
import { html } from '../../../platform/pdf/html.js';
import type { PlanView, ProvinceRow } from '../reads.js';
import { dataTable, portalHref, renderPage, wordsOf } from './layout.js';
import { projectTable } from './province.js';

function searchForm(lang: PortalLanguage, q = '') {
  const t = wordsOf(lang);
  return html`<form class="search" role="search" action="/portal/search" method="get">
    <label for="q" class="hint" style="width:100%;margin:0">${t('searchLabel')}</label>
    <input
      id="q"
      name="q"
      type="search"
      value="${q}"
      placeholder="${t('searchPlaceholder')}"
      maxlength="200"
    />
    ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
    <button type="submit">${t('search')}</button>
  </form>`;
}

export function homeView(provinces: readonly ProvinceRow[], lang: PortalLanguage): string {
  const t = wordsOf(lang);
  const body = html`<h1>${t('siteName')}</h1>
    <p>${t('tagline')}</p>
    ${searchForm(lang)}
    <h2>${t('provinces')}</h2>
    ${dataTable(
      t('provinces'),
      [t('provinces'), t('projectCount'), t('budget')],
      provinces.map((province) => [
        html`<a href="${portalHref(`/portal/provinces/${province.code}`, lang)}"
          >${lang === 'en' && province.nameEn ? province.nameEn : province.nameTh}</a
        >`,
        province.projects,
        bahtText(province.totalSatang, lang),
      ]),
      [1, 2],
    )}`;
  return renderPage({ lang, title: t('home'), path: '/portal', body });
}

export function searchView(
  q: string,
  found: { projects: readonly OpenProject[]; plans: readonly { id: string; title: string }[] } | null,
  lang: PortalLanguage,
): string {
  const t = wordsOf(lang);
  const body = html`<h1>${t('search')}</h1>
    ${searchForm(lang, q)}
    ${
      found
        ? html`<h2>${t('results')}</h2>
            ${found.projects.length + found.plans.length === 0 ? html`<p>${t('noResults')}</p>` : ''}
            ${found.projects.length ? projectTable(found.projects, lang, `${t('results')}: ${q}`) : ''}
            ${
              found.plans.length
                ? html`<ul class="plain">
                    ${found.plans.map((plan) => html`<li><a href="${portalHref(`/portal/plans/${plan.id}`, lang)}">${plan.title}</a></li>`)}
                  </ul>`
                : ''
            }`
        : ''
    }`;
  return renderPage({ lang, title: t('search'), path: '/portal/search', body });
}

export function planView(plan: PlanView, lang: PortalLanguage): string {
  const t = wordsOf(lang);
  const body = html`<p>
      <a href="${portalHref(`/portal/provinces/${plan.provinceCode}`, lang)}">${t('backToProvince')}</a>
    </p>
    <h1>${plan.title}</h1>
    <dl class="stats">
      <div>
        <dt>${t('period')}</dt>
        <dd>${bePeriodText(plan.periodStart, plan.periodEnd, lang)}</dd>
      </div>
      <div>
        <dt>${t('version')}</dt>
        <dd>${plan.versionNo}</dd>
      </div>
      <div>
        <dt>${t('published')}</dt>
        <dd>${dateText(plan.publishedAt, lang)}</dd>
      </div>
    </dl>
    <p>
      <a href="/portal/plans/${plan.id}/plan.pdf">${t('planPdf')}</a><br /><span class="hint"
        >${t('planPdfNote')}</span
      >
    </p>
    ${
      plan.vision
        ? html`<h2>${t('vision')}</h2>
            <p>${plan.vision}</p>`
        : ''
    }
    ${
      plan.developmentGoal
        ? html`<h2>${t('goal')}</h2>
            <p>${plan.developmentGoal}</p>`
        : ''
    }`;
  return renderPage({ lang, title: plan.title, path: `/portal/plans/${plan.id}`, body });
}

export function openDataView(lang: PortalLanguage): string {
  const t = wordsOf(lang);
  const body = html`<h1>${t('openData')}</h1>
    <p><a href="/api/open/v1/dictionary">${t('dictionary')}</a> · <a href="/api/docs">OpenAPI</a></p>
    ${dataTable(
      t('openData'),
      [t('title'), 'CSV', 'JSON'],
      OPEN_DATASET_NAMES.map((name) => [
        name,
        html`<a href="/api/open/v1/datasets/${name}.csv">${t('downloadCsv')}</a>`,
        html`<a href="/api/open/v1/datasets/${name}.json">${t('downloadJson')}</a>`,
      ]),
    )}`;
  return renderPage({ lang, title: t('openData'), path: '/portal/open-data', body });
}
