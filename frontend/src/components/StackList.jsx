import { theme } from 'antd';

/**
 * A plain list of items stacked one above the other, for phone layouts.
 * (Ant Design's List is deprecated and its successor is a virtual list.)
 */
export function StackList({ items, renderItem, itemKey = (item) => item.id, divided }) {
  const { token } = theme.useToken();
  const border = `1px solid ${token.colorSplit}`;

  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item, index) => (
        <li
          key={itemKey(item)}
          style={{
            padding: divided ? '8px 0' : '4px 0',
            borderTop: divided && index > 0 ? border : undefined,
          }}
        >
          {renderItem(item)}
        </li>
      ))}
    </ul>
  );
}
