"""The Textual app. It talks to coach's core only through the `Coach` facade of `coach.app`, from workers."""
