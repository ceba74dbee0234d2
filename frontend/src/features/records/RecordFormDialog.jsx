import { Button, Form, Modal } from 'antd';
import { Children, isValidElement, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFieldProblem } from '@/components/fieldProblem';
import { PayloadProblems } from '@/features/records/PayloadProblems';

/**
 * The problems of a ValidationError that a field of `form` can show: those
 * whose `field` (the input's camelCase name) names one of its items.
 */
export function problemsAtFields(form, failure) {
  if (failure?.__typename !== 'ValidationError') return [];
  const names = new Set(Object.keys(form.getFieldsValue()));
  return failure.fields.filter((f) => names.has(f.field));
}

/**
 * The labels of a form's items (`<Form.Item name label>` among `children`,
 * however nested), by name: what a problem the form cannot show beside its
 * field is named by.
 */
export function formLabels(children, found = {}) {
  Children.forEach(children, (child) => {
    if (!isValidElement(child)) return;
    const { name, label, children: inner } = child.props;
    if (typeof name === 'string' && typeof label === 'string') found[name] = label;
    formLabels(inner, found);
  });
  return found;
}

/**
 * A button that opens a form in a dialog and saves it through one records
 * mutation (`state`, from usePayloadMutation): the dialog stays open with the
 * problems the server names, each beside its field when the form has it (the
 * rest above the buttons, by the form's labels or `labels`), and closes,
 * emptied, once the record is saved.
 */
export function RecordFormDialog({
  label,
  saveLabel,
  state,
  initialValues,
  toInput,
  onDone,
  labels,
  children,
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const describe = useFieldProblem();
  const { failure } = state;
  useEffect(() => {
    if (!failure) return;
    const byField = new Map();
    for (const f of problemsAtFields(form, failure)) {
      byField.set(f.field, [...(byField.get(f.field) ?? []), describe(f)]);
    }
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
    // Worded once per answer: `describe` is a new function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, failure]);
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
        <PayloadProblems
          state={state}
          shownAtFields={problemsAtFields(form, failure)}
          labels={{ ...formLabels(children), ...labels }}
        />
      </Modal>
    </>
  );
}
