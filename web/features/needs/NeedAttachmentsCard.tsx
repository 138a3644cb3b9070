import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Typography, Upload } from 'antd';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';
import { needAttachmentUrl } from './api.js';
import { useAttachNeedFile, useDeleteNeedAttachment } from './mutations.js';
import type { NeedAttachment, NeedDetail } from '../../../domain/needs/need-response.js';

export interface NeedAttachmentsCardProps {
  need: NeedDetail;
  canManage: boolean;
}

function fileSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function NeedAttachmentsCard({ need, canManage }: NeedAttachmentsCardProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const attach = useAttachNeedFile();
  const remove = useDeleteNeedAttachment();

  const handleUpload = (file: File) => {
    attach.mutate(
      { needId: need.id, file },
      {
        onSuccess: () => void message.success(t('needs.attachments.added', { name: file.name })),
        onError: (error) => handleApiError(error),
      },
    );
    return false;
  };

  const renderAttachment = (attachment: NeedAttachment) => (
    <li key={attachment.id} className="plain-list-item attachment-row">
      <span style={{ minWidth: 0 }}>
        <PaperClipOutlined />{' '}
        <a href={needAttachmentUrl(need.id, attachment.id)} download={attachment.fileName}>
          {attachment.fileName}
        </a>{' '}
        <Typography.Text type="secondary">
          {fileSize(attachment.sizeBytes)} · {formatDate(attachment.createdAt, lang, { style: 'short' })}
        </Typography.Text>
      </span>
      {canManage && (
        <Popconfirm
          title={t('needs.attachments.confirmDelete', { name: attachment.fileName })}
          okText={t('common.yes')}
          cancelText={t('common.no')}
          onConfirm={() =>
            remove.mutate(
              { needId: need.id, attachmentId: attachment.id },
              { onError: (error) => handleApiError(error) },
            )
          }
        >
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('needs.attachments.delete')}
          />
        </Popconfirm>
      )}
    </li>
  );

  return (
    <Card
      size="small"
      title={t('needs.field.attachments')}
      extra={
        canManage && (
          <Upload multiple={false} showUploadList={false} beforeUpload={handleUpload}>
            <Button
              size="small"
              icon={<UploadOutlined />}
              loading={attach.isPending}
              data-testid="need-attachment-add"
            >
              {t('needs.attachments.add')}
            </Button>
          </Upload>
        )
      }
    >
      {need.attachments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('needs.attachments.none')} />
      ) : (
        <ul className="plain-list" data-testid="need-attachments">
          {need.attachments.map(renderAttachment)}
        </ul>
      )}
    </Card>
  );
}
