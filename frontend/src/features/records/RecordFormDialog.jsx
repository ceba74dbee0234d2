import { Button, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PayloadProblems } from '@/features/records/PayloadProblems';

/**
 * A button that opens a form in a dialog and saves it through one records
 * mutation (`state`, from usePayloadMutation): the dialog stays open with the
 * problems the server names, and closes, emptied, once the record is saved.
 */
export function RecordFormDialog({
  label,
  saveLabel,
  state,
  initialValues,
  toInput,
  onDone,
  children,
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const close = () => {
    setOpen(false);
    state.clear();
    form.resetFields();
  };
  const submit = async (values) => {
    if (await state.submit(toInput(values))) {
      close();
      onDone();
    }
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{label}</Button>
      <Modal
        open={open}
        title={label}
        okText={saveLabel}
        cancelText={t('common.cancel')}
        confirmLoading={state.loading}
        onOk={() => form.submit()}
        onCancel={close}
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={initialValues}
        >
          {children}
        </Form>
        <PayloadProblems state={state} />
      </Modal>
    </>
  );
}
