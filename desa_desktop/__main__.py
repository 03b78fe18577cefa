from desa_desktop.cli import main

raise SystemExit(main())
