import { CameraOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag } from 'antd';
import { useRef } from 'react';
import { ApiError } from '../api/client';
import { useProcedureMutation } from '../api/queries';

/** Picks photos, uploads each (stored by content hash) and keeps their ids. */
export function PhotoInput({ value, onChange, label }: { value: string[]; onChange: (ids: string[]) => void; label: string }) {
  const input = useRef<HTMLInputElement>(null);
  const { message } = App.useApp();
  const send = useProcedureMutation('photos.upload');
  const upload = async (files: FileList | null) => {
    const ids = [...value];
    for (const file of Array.from(files ?? [])) {
      const dataBase64 = await toBase64(file);
      try {
        ids.push((await send.mutateAsync({ mime: file.type, dataBase64 })).id);
      } catch (e) {
        if (e instanceof ApiError) message.error(e.issues[0]?.message ?? e.message);
        else throw e;
      }
    }
    onChange(ids);
  };
  return (
    <Space size={4}>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        hidden
        onChange={(e) => void upload(e.target.files)}
      />
      <Button icon={<CameraOutlined />} onClick={() => input.current?.click()} aria-label={label} />
      {value.length > 0 && <Tag>{value.length}</Tag>}
    </Space>
  );
}

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
