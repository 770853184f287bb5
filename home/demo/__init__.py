"""The demo content `manage.py seed_demo` loads: its text, its images, and the seeder."""
