import { useMutation, useQuery } from '@apollo/client/react';
import { DeleteOutlined, StarOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DELETE_SAVED_VIEW_MUTATION } from '@/features/customers/api/deleteSavedViewMutation';
import { SAVE_VIEW_MUTATION } from '@/features/customers/api/saveViewMutation';
import { SAVED_VIEWS_QUERY } from '@/features/customers/api/savedViewsQuery';
import { listVariables, viewParams } from '@/features/customers/list/listParams';

const REFETCH = { refetchQueries: ['SavedViews'], awaitRefetchQueries: true };

function useSaveView(params, onSaved) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [run, { loading }] = useMutation(SAVE_VIEW_MUTATION, REFETCH);
  const [problem, setProblem] = useState(null);

  const save = async (name) => {
    setProblem(null);
    const input = {
      name,
      filter: listVariables(params).filter,
      orderBy: { field: params.sort, direction: params.direction },
    };
    const { data } = await run({ variables: { input } }).catch(() => ({}));
    const payload = data?.saveView;
    if (payload?.__typename === 'SavedView') {
      message.success(t('customers.views.saved', { name: payload.name }));
      onSaved();
    } else if (payload?.fields?.length) {
      const [first] = payload.fields;
      setProblem(
        t(`customers.views.errors.${first.code}`, { defaultValue: first.message }),
      );
    } else {
      setProblem(t(payload?.__typename ? 'errors.forbidden' : 'errors.server'));
    }
  };
  return { save, saving: loading, problem };
}

function SaveForm({ params }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const { save, saving, problem } = useSaveView(params, () => setName(''));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save(name);
      }}
    >
      <Flex gap="small">
        <Input
          value={name}
          maxLength={100}
          onChange={(event) => setName(event.target.value)}
          placeholder={t('customers.views.namePlaceholder')}
          aria-label={t('customers.views.name')}
          status={problem ? 'error' : undefined}
        />
        <Button
          type="primary"
          htmlType="submit"
          loading={saving}
          disabled={!name.trim()}
        >
          {t('customers.views.save')}
        </Button>
      </Flex>
      {problem && (
        <Typography.Text type="danger" role="alert">
          {problem}
        </Typography.Text>
      )}
    </form>
  );
}

function ViewList({ views, onOpen }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [remove] = useMutation(DELETE_SAVED_VIEW_MUTATION, REFETCH);

  const removeView = async (view) => {
    const { data } = await remove({ variables: { input: { id: view.id } } }).catch(
      () => ({}),
    );
    const deleted = data?.deleteSavedView?.__typename === 'DeletedSavedView';
    if (deleted) message.success(t('customers.views.deleted', { name: view.name }));
    else message.error(t('errors.server'));
  };

  if (!views.length) {
    return (
      <Typography.Text type="secondary">{t('customers.views.none')}</Typography.Text>
    );
  }
  return (
    <ul
      aria-label={t('customers.views.title')}
      style={{ margin: 0, padding: 0, listStyle: 'none' }}
    >
      {views.map((view) => (
        <Flex
          component="li"
          key={view.id}
          justify="space-between"
          align="center"
          gap="small"
        >
          <Button type="link" onClick={() => onOpen(view)} style={{ padding: 0 }}>
            {view.name}
          </Button>
          <Button
            type="text"
            danger
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t('customers.views.delete', { name: view.name })}
            onClick={() => removeView(view)}
          />
        </Flex>
      ))}
    </ul>
  );
}

/**
 * The staff member's saved views of the list: reopen one, delete one, or save
 * the current filters and sort under a name. Views are kept per person by the
 * server, so they follow the user from desktop to phone.
 */
export function SavedViews({ params, onOpen, iconOnly = false }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data } = useQuery(SAVED_VIEWS_QUERY, { errorPolicy: 'all' });
  const views = data?.savedViews?.edges.map((edge) => edge.node) ?? [];

  const content = (
    <Flex
      component="section"
      aria-label={t('customers.views.title')}
      vertical
      gap="middle"
      style={{ width: 'min(320px, calc(100vw - 48px))' }}
    >
      <ViewList
        views={views}
        onOpen={(view) => {
          setOpen(false);
          onOpen(viewParams(view, params.size));
        }}
      />
      <SaveForm params={params} />
    </Flex>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={t('customers.views.title')}
      content={content}
    >
      <Button
        icon={<StarOutlined aria-hidden />}
        aria-label={iconOnly ? t('customers.views.title') : undefined}
        aria-expanded={open}
      >
        {iconOnly ? null : t('customers.views.title')}
      </Button>
    </Popover>
  );
}
