"""Device screens: settings per device with Test buttons, receipt preview, simulated
devices panel for the demo, print status and the failed-jobs dialog."""
