"""The Qt desktop app: one module per screen over the Qt-free core and sync services."""
