import { FilePdfOutlined, FileWordOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Table, Tag, Upload } from 'antd';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import {
  AGENDA_SECTION_LABELS,
  AGENDA_SECTIONS,
  ATTENDANCE_LABELS,
  MEMBER_ROLE_LABELS,
  RESOLUTION_LABELS,
} from '../../../domain/committees/committee.js';
import type { AgendaItemView, MeetingDetail } from '../../../domain/committees/responses.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';
import { PageTitle } from '../../components/PageTitle.js';
import { RecordLoadError } from '../../components/RecordLoadError.js';
import {
  minutesUrl,
  signedMinutesUrl,
  useBuildAgenda,
  useMarkHeld,
  useMeeting,
  useUploadSignedMinutes,
} from './api.js';
import { AddItemForm } from './AddItemForm.js';
import { ResolutionModal } from './ResolutionModal.js';

type AttendanceRow = MeetingDetail['attendance'][number];

/** One meeting: attendance and quorum, the agenda by standard section with its resolutions, the minutes. */
export function MeetingPage() {
  const { meetingId } = useParams({ from: '/app/meetings/$meetingId' });
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const meeting = useMeeting(meetingId);
  const build = useBuildAgenda(meetingId);
  const markHeld = useMarkHeld(meetingId);
  const uploadSigned = useUploadSignedMinutes(meetingId);
  const handleApiError = useApiErrorHandler();
  const canRecord = useCan('committee.record');
  const [resolving, setResolving] = useState<AgendaItemView | null>(null);
  if (meeting.error) {
    return (
      <RecordLoadError error={meeting.error} onRetry={() => void meeting.refetch()} listPath="/committees" />
    );
  }
  const data = meeting.data;
  const held = data?.status === 'held';
  const onDone = (text: string) => ({
    onSuccess: () => void message.success(text),
    onError: (error: unknown) => handleApiError(error, { onReload: () => void meeting.refetch() }),
  });
  return (
    <>
      <PageTitle
        title={data ? `${data.committeeNameTh} ${t('committees.meetingLabel', { label: data.label })}` : ''}
        extra={
          <Space>
            {canRecord && data && !held ? (
              <>
                <Button
                  onClick={() => build.mutate(undefined, onDone(t('committees.agendaBuilt')))}
                  loading={build.isPending}
                  data-testid="build-agenda"
                >
                  {t('committees.buildAgenda')}
                </Button>
                <Button
                  onClick={() => markHeld.mutate(data.version, onDone(t('committees.markedHeld')))}
                  loading={markHeld.isPending}
                  data-testid="mark-held"
                >
                  {t('committees.markHeld')}
                </Button>
              </>
            ) : null}
            <Button
              icon={<FilePdfOutlined />}
              href={minutesUrl(meetingId)}
              target="_blank"
              data-testid="minutes-pdf"
            >
              {t('committees.minutes')}
            </Button>
            <Button
              icon={<FileWordOutlined />}
              href={minutesUrl(meetingId, 'docx')}
              data-testid="minutes-docx"
            >
              {t('committees.minutesDocx')}
            </Button>
            {canRecord && held ? (
              <Upload
                showUploadList={false}
                accept="application/pdf,image/jpeg,image/png,image/webp"
                beforeUpload={(file) => {
                  uploadSigned.mutate(file, onDone(t('committees.signedUploaded')));
                  return false;
                }}
              >
                <Button
                  icon={<UploadOutlined />}
                  loading={uploadSigned.isPending}
                  data-testid="upload-signed"
                >
                  {t('committees.uploadSigned')}
                </Button>
              </Upload>
            ) : null}
          </Space>
        }
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small" loading={meeting.isLoading}>
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('committees.date')}>{formatDate(data?.date, lang)}</Descriptions.Item>
            <Descriptions.Item label={t('committees.venue')}>{data?.venue ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('committees.status')}>
              {data ? <Tag>{t(`committees.status.${data.status}`)}</Tag> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('committees.signedMinutes')}>
              {data?.signedMinutes ? (
                <a
                  href={signedMinutesUrl(meetingId)}
                  download={data.signedMinutes.fileName}
                  data-testid="signed-minutes"
                >
                  {data.signedMinutes.fileName}
                </a>
              ) : (
                '-'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('committees.quorum')}>
              {data ? (
                <Tag color={data.quorum.met ? 'green' : 'orange'} data-testid="quorum">
                  {t(data.quorum.met ? 'committees.quorumMet' : 'committees.quorumNotMet', {
                    attending: data.quorum.attending,
                    members: data.quorum.members,
                  })}
                </Tag>
              ) : null}
            </Descriptions.Item>
          </Descriptions>
          <Table<AttendanceRow>
            rowKey="memberId"
            size="small"
            pagination={false}
            dataSource={data?.attendance ?? []}
            columns={[
              { title: t('committees.member'), dataIndex: 'personName' },
              { title: t('committees.role'), render: (_v, row) => MEMBER_ROLE_LABELS[row.role][lang] },
              {
                title: t('committees.attendance'),
                render: (_v, row) => (row.status ? ATTENDANCE_LABELS[row.status][lang] : '-'),
              },
            ]}
          />
        </Card>
        {canRecord ? (
          <Card size="small">
            <AddItemForm meetingId={meetingId} />
          </Card>
        ) : null}
        {AGENDA_SECTIONS.map((section) => (
          <Card
            key={section}
            size="small"
            title={`${t('committees.section', { no: section })} ${AGENDA_SECTION_LABELS[section][lang]}`}
          >
            <Table<AgendaItemView>
              rowKey="id"
              size="small"
              pagination={false}
              locale={{ emptyText: t('committees.noItems') }}
              dataSource={(data?.agenda ?? []).filter((item) => item.section === section)}
              columns={[
                {
                  title: t('committees.item'),
                  render: (_v, row) => `${section}.${row.position} ${row.title}`,
                },
                {
                  title: t('committees.resolution'),
                  render: (_v, row) =>
                    row.resolution ? (
                      <span data-testid="resolution">
                        <Tag>{RESOLUTION_LABELS[row.resolution.kind][lang]}</Tag> {row.resolution.text}
                      </span>
                    ) : canRecord && held ? (
                      <Button size="small" onClick={() => setResolving(row)} data-testid="record-resolution">
                        {t('committees.recordResolution')}
                      </Button>
                    ) : (
                      '-'
                    ),
                },
              ]}
            />
          </Card>
        ))}
      </Space>
      <ResolutionModal item={resolving} onClose={() => setResolving(null)} />
    </>
  );
}
