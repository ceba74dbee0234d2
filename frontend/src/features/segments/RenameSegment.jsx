import { useMutation } from '@apollo/client/react';
import { Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '@/components/ErrorState';
import { PayloadErrorAlert } from '@/components/PayloadErrorAlert';
import { RENAME_SEGMENT_MUTATION } from '@/features/segments/api/renameSegmentMutation';

function help(t, fields, name) {
  const mine = fields.filter((f) => f.field === name);
  if (!mine.length) return {};
  return {
    validateStatus: 'error',
    help: mine.map((f) => t(`segments.errors.${f.code}`, { defaultValue: f.message })),
  };
}

/** New names for a segment; learned segments keep them across refreshes. */
export function RenameSegment({ segment, onDone }) {
  const { t } = useTranslation();
  const [rename, { loading }] = useMutation(RENAME_SEGMENT_MUTATION);
  const [names, setNames] = useState({ name: segment.name, nameEn: segment.nameEn });
  const [fields, setFields] = useState([]);
  const [refusal, setRefusal] = useState(null);
  const [failure, setFailure] = useState(null);

  const submit = async () => {
    setFailure(null);
    try {
      const { data } = await rename({
        variables: { input: { id: segment.id, ...names } },
      });
      const payload = data.renameSegment;
      if (payload.__typename === 'Segment') return onDone();
      setFields(payload.fields ?? []);
      setRefusal(payload.fields ? null : payload);
    } catch (error) {
      setFailure(error);
    }
    return undefined;
  };

  return (
    <Form layout="vertical" onFinish={submit}>
      {failure && <ErrorState error={failure} />}
      <PayloadErrorAlert payload={refusal} />
      <Form.Item
        label={t('segments.builder.name')}
        htmlFor="rename-name"
        {...help(t, fields, 'name')}
      >
        <Input
          id="rename-name"
          value={names.name}
          maxLength={100}
          onChange={(e) => setNames({ ...names, name: e.target.value })}
        />
      </Form.Item>
      <Form.Item
        label={t('segments.builder.nameEn')}
        htmlFor="rename-name-en"
        {...help(t, fields, 'nameEn')}
      >
        <Input
          id="rename-name-en"
          value={names.nameEn}
          maxLength={100}
          onChange={(e) => setNames({ ...names, nameEn: e.target.value })}
        />
      </Form.Item>
      <Flex gap="small">
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('segments.rename.save')}
        </Button>
        <Button onClick={onDone}>{t('segments.rename.cancel')}</Button>
      </Flex>
    </Form>
  );
}
