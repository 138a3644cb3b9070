import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  MinusCircleOutlined,
} from '@ant-design/icons';
import { Alert, Space, Tag, Typography } from 'antd';
import type { RuleResult } from '../../../domain/projects/rules/evaluate.js';
import type { RuleResults } from '../../../domain/projects/rules/rule-results.js';
import { useLang, useT } from '../../app/i18n/index.js';

const OUTCOME_COLOURS = { pass: 'success', warn: 'warning', fail: 'error' } as const;

function OutcomeIcon({ result }: { result: RuleResult }) {
  if (!result.applicable) {
    return <MinusCircleOutlined aria-hidden className="rule-icon rule-icon-na" />;
  }
  if (result.outcome === 'pass') {
    return <CheckCircleFilled aria-hidden className="rule-icon rule-icon-pass" />;
  }
  return result.outcome === 'warn' ? (
    <ExclamationCircleFilled aria-hidden className="rule-icon rule-icon-warn" />
  ) : (
    <CloseCircleFilled aria-hidden className="rule-icon rule-icon-fail" />
  );
}

/** Each rule's result (pass / warn / fail) with its explanation and the regulation it cites. */
export function RuleResultsList({ results }: { results: RuleResults }) {
  const t = useT();
  const { lang } = useLang();
  if (results.ruleSet === null) {
    return <Alert type="info" showIcon title={t('budget.rules.noSet')} data-testid="rule-results" />;
  }
  return (
    <div data-testid="rule-results">
      <Alert
        type={results.blockingCount > 0 ? 'error' : 'success'}
        showIcon
        title={
          results.blockingCount > 0
            ? t('budget.rules.blocking', { count: results.blockingCount })
            : t('budget.rules.allPass')
        }
        description={t('budget.rules.judgedBy', {
          year: results.ruleSet.fiscalYear,
          revision: results.ruleSet.revision,
        })}
      />
      <ul className="plain-list rule-results-list">
        {results.results.map((result) => (
          <li
            key={result.key}
            className="plain-list-item rule-result"
            data-rule={result.key}
            data-outcome={result.outcome}
          >
            <Space align="start">
              <OutcomeIcon result={result} />
              <div>
                <Space wrap size={4}>
                  <Typography.Text strong>{result.label[lang]}</Typography.Text>
                  <Tag color={result.applicable ? OUTCOME_COLOURS[result.outcome] : 'default'}>
                    {result.applicable
                      ? t(`budget.rules.outcome.${result.outcome}`)
                      : t('budget.rules.notApplicable')}
                  </Tag>
                  <Tag>{t(`budget.rules.severity.${result.severity}`)}</Tag>
                </Space>
                <Typography.Paragraph className="rule-explanation">
                  {result.explanation[lang]}
                </Typography.Paragraph>
                <Typography.Text type="secondary" className="rule-citation">
                  {t('budget.rules.citation')}:{' '}
                  {lang === 'en' && result.citation.sourceEn
                    ? result.citation.sourceEn
                    : result.citation.source}
                  {result.citation.clause ? ` · ${result.citation.clause}` : ''}
                  {result.citation.verified ? '' : ` (${t('budget.rules.unverified')})`}
                </Typography.Text>
              </div>
            </Space>
          </li>
        ))}
      </ul>
    </div>
  );
}
