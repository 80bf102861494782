// The two conversations both host pages start with.
export const CONVERSATIONS = {
  Dana: [
    { from: "customer", text: "Hi, I ordered a lamp ten days ago and it still hasn't arrived." },
    { from: "agent", text: "Thanks for reaching out, Dana! Let me look into that for you." },
    { from: "customer", text: "The order number is 4411." },
  ],
  Lee: [
    { from: "customer", text: "Can I change the email address on my account?" },
    { from: "agent", text: "Of course, Lee. Which address would you like to use?" },
  ],
};
