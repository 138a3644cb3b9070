import { Alert, Button, Card, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/index.js';
import { useKnowledgeCheck, useTakeCheck } from './api.js';

/** The event's short knowledge check for a participant: one choice per question, score kept. */
export function KnowledgeCheckForm({ eventId }: { eventId: string }) {
  const t = useT();
  const check = useKnowledgeCheck(eventId);
  const take = useTakeCheck(eventId);
  const [answers, setAnswers] = useState<Record<number, number>>({});
  const questions = check.data?.questions ?? [];
  if (questions.length === 0) {
    return null;
  }
  const result = check.data?.result ?? null;
  const complete = questions.every((question) => answers[question.index] !== undefined);
  return (
    <Card size="small" title={t('training.check.title')} data-testid="training-check">
      <Space direction="vertical" style={{ width: '100%' }}>
        {result ? (
          <Alert
            type={result.passed ? 'success' : 'warning'}
            showIcon
            data-testid="training-check-result"
            message={t(result.passed ? 'training.check.passed' : 'training.check.failed', {
              score: String(result.score),
              total: String(result.total),
            })}
          />
        ) : null}
        {questions.map((question) => (
          <fieldset key={question.index} style={{ border: 0, margin: 0, padding: 0 }}>
            <legend>
              <Typography.Text strong>{`${question.index + 1}. ${question.text}`}</Typography.Text>
            </legend>
            <Radio.Group
              value={answers[question.index]}
              onChange={(event) => setAnswers({ ...answers, [question.index]: Number(event.target.value) })}
              options={question.choices.map((choice, index) => ({ value: index, label: choice }))}
            />
          </fieldset>
        ))}
        {take.isError ? <Alert type="error" showIcon message={t('training.check.error')} /> : null}
        <Button
          type="primary"
          disabled={!complete}
          loading={take.isPending}
          data-testid="training-check-submit"
          onClick={() => take.mutate(questions.map((question) => answers[question.index] ?? -1))}
        >
          {t('training.check.submit')}
        </Button>
      </Space>
    </Card>
  );
}
