import { useMutation, useQuery } from '@apollo/client/react';
import { DeleteOutlined, EditOutlined, StarOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Checkbox,
  Flex,
  Input,
  Modal,
  Popover,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMe } from '@/lib/permissions';
import { DELETE_SAVED_VIEW_MUTATION } from '@/features/customers/api/deleteSavedViewMutation';
import { SAVE_VIEW_MUTATION } from '@/features/customers/api/saveViewMutation';
import { SAVED_VIEWS_QUERY } from '@/features/customers/api/savedViewsQuery';
import { UPDATE_SAVED_VIEW_MUTATION } from '@/features/customers/api/updateSavedViewMutation';
import { listVariables, viewParams } from '@/features/customers/list/listParams';

const REFETCH = { refetchQueries: ['SavedViews'], awaitRefetchQueries: true };

/** The message to show for a refused save or change, in the user's language. */
function useProblemText() {
  const { t } = useTranslation();
  return (payload) => {
    if (payload?.fields?.length) {
      const [first] = payload.fields;
      return t(`customers.views.errors.${first.code}`, { defaultValue: first.message });
    }
    if (payload?.code === 'NOT_OWNER') return t('customers.views.errors.NOT_OWNER');
    return t(payload?.__typename ? 'errors.forbidden' : 'errors.server');
  };
}

function useSaveView(params, onSaved) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problemText = useProblemText();
  const [run, { loading }] = useMutation(SAVE_VIEW_MUTATION, REFETCH);
  const [problem, setProblem] = useState(null);

  const save = async (name, shared) => {
    setProblem(null);
    // The search text stays out: a view does not keep it (SEARCH_TEXT_NOT_KEPT).
    const filter = { ...listVariables(params).filter };
    delete filter.text;
    const input = {
      name,
      filter,
      orderBy: { field: params.sort, direction: params.direction },
      columns: params.columns,
      visibility: shared ? 'TEAM' : 'PRIVATE',
    };
    const { data } = await run({ variables: { input } }).catch(() => ({}));
    const payload = data?.saveView;
    if (payload?.__typename === 'SavedView') {
      message.success(t('customers.views.saved', { name: payload.name }));
      onSaved();
    } else {
      setProblem(problemText(payload));
    }
  };
  return { save, saving: loading, problem };
}

/** "Share with my team"; staff of no team are told why they cannot. */
function ShareToggle({ checked, onChange }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const hasTeam = Boolean(me?.team);

  return (
    <Flex vertical>
      <Checkbox
        checked={hasTeam && checked}
        disabled={!hasTeam}
        onChange={(event) => onChange(event.target.checked)}
      >
        {t('customers.views.share')}
      </Checkbox>
      {!hasTeam && (
        <Typography.Text type="secondary">
          {t('customers.views.noTeam')}
        </Typography.Text>
      )}
    </Flex>
  );
}

function SaveForm({ params }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const { save, saving, problem } = useSaveView(params, () => {
    setName('');
    setShared(false);
  });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save(name, shared);
      }}
    >
      <Flex vertical gap="small">
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
        <ShareToggle checked={shared} onChange={setShared} />
        {params.text.trim() && (
          <Typography.Text type="secondary">
            {t('customers.views.textNotKept')}
          </Typography.Text>
        )}
        {problem && (
          <Typography.Text type="danger" role="alert">
            {problem}
          </Typography.Text>
        )}
      </Flex>
    </form>
  );
}

/** Rename a view of one's own, and share or unshare it. */
function RenameDialog({ view, onClose }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problemText = useProblemText();
  const [name, setName] = useState(view.name);
  const [shared, setShared] = useState(view.visibility === 'TEAM');
  const [problem, setProblem] = useState(null);
  const [run, { loading }] = useMutation(UPDATE_SAVED_VIEW_MUTATION, REFETCH);

  const apply = async () => {
    setProblem(null);
    const input = {
      id: view.id,
      name,
      visibility: shared ? 'TEAM' : 'PRIVATE',
    };
    const { data } = await run({ variables: { input } }).catch(() => ({}));
    const payload = data?.updateSavedView;
    if (payload?.__typename === 'SavedView') {
      message.success(t('customers.views.updated', { name: payload.name }));
      onClose();
    } else {
      setProblem(problemText(payload));
    }
  };

  return (
    <Modal
      open
      title={t('customers.views.renameTitle')}
      okText={t('customers.views.apply')}
      cancelText={t('customers.views.cancel')}
      onOk={apply}
      onCancel={onClose}
      okButtonProps={{ loading, disabled: !name.trim() }}
      width="min(420px, calc(100vw - 32px))"
    >
      <Flex vertical gap="small">
        <Input
          value={name}
          maxLength={100}
          onChange={(event) => setName(event.target.value)}
          aria-label={t('customers.views.name')}
          status={problem ? 'error' : undefined}
        />
        <ShareToggle checked={shared} onChange={setShared} />
        {problem && (
          <Typography.Text type="danger" role="alert">
            {problem}
          </Typography.Text>
        )}
      </Flex>
    </Modal>
  );
}

/** Whose a view is: a colleague's shared one, or one's own that the team sees. */
function SharedTag({ view }) {
  const { t } = useTranslation();
  if (!view.mine) {
    return (
      <Tag color="blue">{t('customers.views.sharedBy', { name: view.owner })}</Tag>
    );
  }
  if (view.visibility === 'TEAM') {
    return <Tag>{t('customers.views.shared')}</Tag>;
  }
  return null;
}

function ViewItem({ view, onOpen, onRename, onRemove }) {
  const { t } = useTranslation();

  return (
    <Flex component="li" justify="space-between" align="center" gap="small">
      <Flex align="center" gap="small" wrap style={{ minWidth: 0 }}>
        <Button type="link" onClick={() => onOpen(view)} style={{ padding: 0 }}>
          {view.name}
        </Button>
        <SharedTag view={view} />
      </Flex>
      {view.mine && (
        <Flex>
          <Button
            type="text"
            icon={<EditOutlined aria-hidden />}
            aria-label={t('customers.views.rename', { name: view.name })}
            onClick={() => onRename(view)}
          />
          <Button
            type="text"
            danger
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t('customers.views.delete', { name: view.name })}
            onClick={() => onRemove(view)}
          />
        </Flex>
      )}
    </Flex>
  );
}

function ViewList({ views, onOpen, onRename }) {
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
        <ViewItem
          key={view.id}
          view={view}
          onOpen={onOpen}
          onRename={onRename}
          onRemove={removeView}
        />
      ))}
    </ul>
  );
}

/**
 * Saved views of the list: the staff member's own and those their team
 * shares. Reopen one (filters, sort and columns), rename, share or delete
 * one's own, or save the current list under a name. Views are kept by the
 * server, so they follow the user from desktop to phone.
 */
export function SavedViews({ params, onOpen, iconOnly = false }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState(null);
  const { data } = useQuery(SAVED_VIEWS_QUERY, { errorPolicy: 'all' });
  const views = data?.savedViews?.edges.map((edge) => edge.node) ?? [];

  const content = (
    <Flex
      component="section"
      aria-label={t('customers.views.title')}
      vertical
      gap="middle"
      style={{ width: 'min(340px, calc(100vw - 48px))' }}
    >
      <ViewList
        views={views}
        onOpen={(view) => {
          setOpen(false);
          onOpen(viewParams(view, params.size));
        }}
        onRename={(view) => {
          setOpen(false);
          setRenaming(view);
        }}
      />
      <SaveForm params={params} />
    </Flex>
  );

  return (
    <>
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
      {renaming && <RenameDialog view={renaming} onClose={() => setRenaming(null)} />}
    </>
  );
}
