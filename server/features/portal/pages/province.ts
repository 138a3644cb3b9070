import { encodeCursor } from '../../../../domain/common/keyset-cursor.js';
import type { OpenProject } from '../../../../domain/open-data/datasets.js';
import { bahtText, dateText, nameIn } from '../../../../domain/portal/format.js';
import type { PortalLanguage } from '../../../../domain/portal/words.js';
import { fiscalYearText } from '../../../../domain/thai/be-year.js';
import { html, type SafeHtml } from '../../../platform/pdf/html.js';
import type { provincePage } from '../reads.js';
import { dataTable, portalHref, renderPage, wordsOf } from './layout.js';
import { provinceMap } from './map.js';

type ProvinceData = NonNullable<Awaited<ReturnType<typeof provincePage>>>;

export const projectHref = (code: string, lang: PortalLanguage) =>
  portalHref(`/portal/projects/${encodeURIComponent(code)}`, lang);

/** The projects table every list page shares: title (linked), year, status, budget, disbursed. */
export function projectTable(
  projects: readonly OpenProject[],
  lang: PortalLanguage,
  caption: string,
): SafeHtml {
  const t = wordsOf(lang);
  return dataTable(
    caption,
    [t('title'), t('fiscalYear'), t('status'), t('budget'), t('disbursed')],
    projects.map((project) => [
      html`<a href="${projectHref(project.code, lang)}">${project.title}</a><br /><span class="hint"
          >${project.code}</span
        >`,
      project.fiscalYear,
      html`<span class="badge">${project.statusLabel}</span>`,
      bahtText(project.totalSatang, lang),
      bahtText(project.disbursedSatang, lang),
    ]),
    [3, 4],
  );
}

export function provinceView(data: ProvinceData, lang: PortalLanguage, webDir: string): string {
  const t = wordsOf(lang);
  const { province, totals } = data;
  const name = nameIn(province, lang);
  const path = `/portal/provinces/${province.code}`;
  const map = provinceMap(webDir, province.code, data.points, `${t('map')} ${name}`, (code) =>
    projectHref(code, lang),
  );
  const download = (dataset: string, format: string) =>
    `/api/open/v1/datasets/${dataset}.${format}?provinceCode=${province.code}`;
  const body = html`<h1>${name}</h1>
    <dl class="stats">
      <div>
        <dt>${t('projectCount')}</dt>
        <dd>${totals.projects}</dd>
      </div>
      <div>
        <dt>${t('budget')}</dt>
        <dd>${bahtText(totals.totalSatang, lang)}</dd>
      </div>
      <div>
        <dt>${t('disbursed')}</dt>
        <dd>${bahtText(totals.disbursedSatang, lang)}</dd>
      </div>
    </dl>
    <p><a href="${portalHref(`${path}/needs/new`, lang)}">${t('raiseNeed')}</a></p>
    ${
      map
        ? html`<h2>${t('map')}</h2>
            <p class="hint">${t('mapNote')}</p>
            ${map}`
        : ''
    }
    <h2>${t('projects')}</h2>
    ${data.projects.length ? projectTable(data.projects, lang, `${t('projects')} ${name}`) : html`<p>${t('noProjects')}</p>`}
    ${data.nextKey ? html`<p><a href="${portalHref(path, lang, { after: encodeCursor(data.nextKey) })}">${t('more')}</a></p>` : ''}
    <h2>${t('plans')}</h2>
    ${
      data.plans.length
        ? html`<ul class="plain">
            ${data.plans.map(
              (plan) =>
                html`<li>
                  <a href="${portalHref(`/portal/plans/${plan.id}`, lang)}">${plan.title}</a>
                  <span class="hint"
                    >${t('version')} ${plan.versionNo} · ${t('published')}
                    ${dateText(plan.publishedAt, lang)}</span
                  >
                </li>`,
            )}
          </ul>`
        : html`<p>${t('noPlans')}</p>`
    }
    <h2>${t('actionPlans')}</h2>
    ${
      data.actionPlans.length
        ? dataTable(
            t('actionPlans'),
            [t('fiscalYear'), t('code'), t('projectCount'), t('budget')],
            data.actionPlans.map((plan) => [
              fiscalYearText(plan.fiscalYear, lang),
              `${plan.budgetUnit} · ${t('version')} ${plan.versionNo}`,
              plan.projectCount,
              bahtText(plan.totalSatang, lang),
            ]),
            [2, 3],
          )
        : html`<p>${t('noActionPlans')}</p>`
    }
    <h2>${t('openData')}</h2>
    <ul class="plain">
      <li><a href="${download('projects', 'csv')}">${t('downloadCsv')}: ${t('projects')}</a></li>
      <li><a href="${download('spending', 'csv')}">${t('downloadCsv')}: ${t('spendingByMonth')}</a></li>
      <li><a href="${download('projects', 'json')}">${t('downloadJson')}: ${t('projects')}</a></li>
      <li><a href="/api/open/v1/oc4ids/provinces/${province.code}">${t('oc4ids')}</a></li>
    </ul>`;
  return renderPage({ lang, title: name, path, body });
}
