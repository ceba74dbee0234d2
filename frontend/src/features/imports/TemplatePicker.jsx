import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Flex, Input, Popconfirm, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DELETE_TEMPLATE_MUTATION } from '@/features/imports/api/deleteTemplateMutation';
import { IMPORT_TEMPLATES_QUERY } from '@/features/imports/api/importTemplatesQuery';
import { SAVE_TEMPLATE_MUTATION } from '@/features/imports/api/saveTemplateMutation';
import { ignoredInput, mappingInput } from '@/features/imports/mapping';

function entityName(entity) {
  return entity === 'ACCOUNT' ? 'account' : 'customer';
}

/**
 * Saved mappings of this kind of file: pick one to lay it over the columns,
 * save the current mapping under a name, or delete one.
 */
export function TemplatePicker({ entity, rows, mode, onApply }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState(null);
  const variables = { entity: entityName(entity) };
  const { data } = useQuery(IMPORT_TEMPLATES_QUERY, { variables });
  const refetchQueries = [{ query: IMPORT_TEMPLATES_QUERY, variables }];
  const [save, saving] = useMutation(SAVE_TEMPLATE_MUTATION, { refetchQueries });
  const [remove] = useMutation(DELETE_TEMPLATE_MUTATION, { refetchQueries });
  const templates = data?.importTemplates ?? [];

  const apply = (id) => {
    setChosen(id);
    const template = templates.find((candidate) => candidate.id === id);
    if (template) onApply(template);
  };
  const saveCurrent = async () => {
    const input = {
      name,
      entity: entityName(entity),
      mode,
      mapping: mappingInput(rows),
      ...(ignoredInput(rows).length ? { ignoredColumns: ignoredInput(rows) } : {}),
    };
    const result = await save({ variables: { input } });
    const payload = result.data?.saveImportTemplate;
    if (payload?.__typename === 'ImportTemplate') {
      message.success(t('imports.templates.saved', { name: payload.name }));
      setName('');
    } else message.error(payload?.message ?? t('errors.server'));
  };
  const removeChosen = async () => {
    await remove({ variables: { input: { id: chosen } } });
    setChosen(null);
  };

  return (
    <Flex gap="small" wrap align="center">
      <Select
        allowClear
        value={chosen}
        onChange={apply}
        placeholder={t('imports.templates.choose')}
        aria-label={t('imports.templates.choose')}
        options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
        style={{ minWidth: 180 }}
      />
      {chosen && (
        <Popconfirm
          title={t('imports.templates.confirmDelete')}
          onConfirm={removeChosen}
        >
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('imports.templates.delete')}
          />
        </Popconfirm>
      )}
      <Input
        value={name}
        onChange={(event) => setName(event.target.value)}
        placeholder={t('imports.templates.name')}
        aria-label={t('imports.templates.name')}
        style={{ width: 180 }}
      />
      <Button onClick={saveCurrent} disabled={!name.trim()} loading={saving.loading}>
        {t('imports.templates.save')}
      </Button>
    </Flex>
  );
}
