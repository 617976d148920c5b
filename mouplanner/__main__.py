from mouplanner.cli.main import main

raise SystemExit(main())
