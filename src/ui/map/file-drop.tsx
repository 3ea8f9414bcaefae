/**
 * Files dropped onto the map are added as layers ("Add data…" in the layer panel is the keyboard
 * way). While files are dragged over the map a drop target says what dropping does.
 */
import { type DragEvent, type ReactNode, useRef, useState } from 'react';
import { addUserFiles } from '../../state/add-user-files';
import { useTranslation } from '../i18n/use-translation';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

export function FileDrop({ children }: { children: ReactNode }) {
  const t = useTranslation();
  const [dragging, setDragging] = useState(false);
  // dragenter and dragleave fire for every child the pointer crosses: count them.
  const depth = useRef(0);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a pointer gesture; its keyboard way is "Add data…" in the layer panel.
    <div
      className="file-drop"
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        depth.current += 1;
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!carriesFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setDragging(false);
        void addUserFiles([...event.dataTransfer.files]);
      }}
    >
      {children}
      {dragging ? (
        <div className="file-drop-target" aria-hidden="true">
          <p>{t('userLayers:dropHere')}</p>
        </div>
      ) : null}
    </div>
  );
}
