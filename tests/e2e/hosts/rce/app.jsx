import React, { useEffect, useState } from "react";
import "../desk.css";
import { createRoot } from "react-dom/client";
import "react-chat-elements/dist/main.css";
import { MessageList, Input, Button } from "react-chat-elements";
import { CONVERSATIONS } from "../conversations.js";

function App() {
  const [who, setWho] = useState("Dana");
  const [threads, setThreads] = useState(CONVERSATIONS);
  const [draft, setDraft] = useState("");
  useEffect(() => {
    window.hostCustomerSays = (said) =>
      setThreads((t) => ({ ...t, [who]: [...t[who], { from: "customer", text: said }] }));
    window.hostDraft = () => draft;
  });
  const send = () => {
    if (!draft.trim()) return;
    setThreads((t) => ({ ...t, [who]: [...t[who], { from: "agent", text: draft }] }));
    setDraft("");
  };
  return (
    <div className="desk">
      <nav className="inbox">
        {Object.keys(threads).map((name) => (
          <button key={name} type="button" aria-pressed={name === who} onClick={() => setWho(name)}>
            {name}
          </button>
        ))}
      </nav>
      <main className="chat">
        <MessageList
          className="thread"
          lockable
          toBottomHeight="100%"
          dataSource={threads[who].map((m) => ({
            position: m.from === "customer" ? "left" : "right",
            type: "text",
            title: m.from === "customer" ? who : "Agent",
            text: m.text,
          }))}
        />
        <Input
          placeholder="Type your reply"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          rightButtons={<Button text="Send" onClick={send} />}
        />
      </main>
    </div>
  );
}

createRoot(document.getElementById("root")).render(<App />);
