import { App, Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import type { Project } from '../../../domain/projects/project-response.js';
import {
  projectReasonRequired,
  projectTransitionButton,
  type ProjectTransition,
} from '../../../domain/projects/state-machine.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useTransitionProject } from './mutations.js';

/** The lifecycle moves the project may make now; moves that take money away ask for a reason. */
export function ProjectTransitions({ project, onReload }: { project: Project; onReload: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const transition = useTransitionProject(project.id);
  const [asking, setAsking] = useState<ProjectTransition | null>(null);
  const [reason, setReason] = useState('');
  const send = (action: ProjectTransition, given?: string) =>
    transition.mutate(
      { action, reason: given, version: project.version },
      {
        onSuccess: () => {
          setAsking(null);
          setReason('');
          void message.success(t('projectForm.moved', { action: projectTransitionButton(action)[lang] }));
        },
        onError: (error) => onError(error, { onReload }),
      },
    );
  return (
    <Space wrap>
      {project.availableTransitions.map((action) => (
        <Button
          key={action}
          loading={transition.isPending && transition.variables?.action === action}
          danger={projectReasonRequired(action)}
          data-testid={`project-transition-${action}`}
          onClick={() => (projectReasonRequired(action) ? setAsking(action) : send(action))}
        >
          {projectTransitionButton(action)[lang]}
        </Button>
      ))}
      <Modal
        open={asking !== null}
        title={asking ? projectTransitionButton(asking)[lang] : ''}
        onCancel={() => setAsking(null)}
        okButtonProps={{ disabled: reason.trim() === '', loading: transition.isPending }}
        onOk={() => asking && send(asking, reason.trim())}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          aria-label={t('projectForm.reason')}
          placeholder={t('projectForm.reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </Modal>
    </Space>
  );
}
