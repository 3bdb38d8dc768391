"""The Textual app. It talks to coach's core only through `coach.services`, from workers."""
