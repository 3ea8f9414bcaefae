interface ImportMetaEnv {
  /** Size of dist/aimak-atlas.html as the served build shipped it; 0 when it shipped none. */
  readonly PORTABLE_ATLAS_BYTES: number;
}
